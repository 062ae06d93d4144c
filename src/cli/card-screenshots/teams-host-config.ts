/**
 * An Adaptive Cards host config close to Teams' light theme (Segoe UI sizes, Teams' colours and
 * spacing), so screenshots look as a councillor will see the cards. Teams' own is not published as a
 * file; these values follow the Adaptive Cards designer's "Microsoft Teams - Light" host.
 */
export const teamsHostConfig = {
  fontFamily: "'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E1DFDD' },
  imageSizes: { small: 32, medium: 52, large: 100 },
  fontTypes: {
    default: {
      fontFamily: "'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: "'Consolas', 'Liberation Mono', monospace",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
  },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        dark: { default: '#252423', subtle: '#484644' },
        light: { default: '#FFFFFF', subtle: '#FFFFFF' },
        accent: { default: '#5B5FC7', subtle: '#6264A7' },
        good: { default: '#237B4B', subtle: '#237B4B' },
        warning: { default: '#8A5700', subtle: '#8A5700' },
        attention: { default: '#C4314B', subtle: '#C4314B' },
      },
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        dark: { default: '#252423', subtle: '#484644' },
        light: { default: '#FFFFFF', subtle: '#FFFFFF' },
        accent: { default: '#5B5FC7', subtle: '#6264A7' },
        good: { default: '#237B4B', subtle: '#237B4B' },
        warning: { default: '#8A5700', subtle: '#8A5700' },
        attention: { default: '#C4314B', subtle: '#C4314B' },
      },
    },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    good: { backgroundColor: '#E7F2DA', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    attention: { backgroundColor: '#FCF4F6', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    iconPlacement: 'leftOfTitle',
    iconSize: 16,
  },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: { weight: 'bolder', size: 'default', color: 'default', wrap: true, maxWidth: 150 },
    value: { weight: 'default', size: 'default', color: 'default', wrap: true },
    spacing: 12,
  },
  textBlock: { headingLevel: 2 },
  inputs: { label: { requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: {} }, errorMessage: { size: 'default', spacing: 'small' } },
};
