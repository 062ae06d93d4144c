import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { teamsHostConfig } from './teams-host-config';

/**
 * A self-contained page (no network) that renders one card with the official `adaptivecards`
 * renderer inside a Teams-like chat frame, `cardWidth` pixels wide. The card ends up in #card;
 * `above` is HTML drawn over it in the frame (a scene's setting, already escaped).
 */
export function cardPage(card: object, cardWidth: number, above = ''): string {
  const dist = join(dirname(require.resolve('adaptivecards/package.json')), 'dist');
  const script = readFileSync(join(dist, 'adaptivecards.min.js'), 'utf8');
  const css = readFileSync(join(dist, 'adaptivecards.css'), 'utf8');
  // NOTE: JSON inside a <script> must not be able to close it.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<style>${css}</style>
<style>
  body { margin: 0; background: #F5F5F5; font-family: 'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  #frame { padding: 12px 8px 16px; width: ${cardWidth}px; }
  #sender { font-size: 12px; color: #616161; margin: 0 0 4px 2px; }
  #card { width: ${cardWidth}px; background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12); overflow: hidden; }
  .ac-pushButton { border: 1px solid #D1D1D1; border-radius: 4px; color: #242424; background: #FFFFFF; font-family: inherit; font-size: 14px; font-weight: 600; padding: 5px 12px; min-height: 32px; }
  .ac-pushButton.style-positive, .ac-pushButton.primary { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-pushButton.expanded { background: #EBEBEB; }
  /* The stock stylesheet draws Action.ShowCard's chevron with an icon font that is not installed. */
  .ac-pushButton.expandable:after { font-family: inherit; font-size: 11px; content: " \\25BE"; }
  .ac-pushButton.expandable.expanded:after { content: " \\25B4"; }
  .ac-input, .ac-textInput, .ac-multichoiceInput, .ac-numberInput, .ac-dateInput, .ac-timeInput { font-family: inherit; font-size: 14px; color: #242424; }
  .ac-textInput, .ac-numberInput, .ac-dateInput, .ac-timeInput, select.ac-multichoiceInput { border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 8px; min-height: 22px; background: #FFFFFF; box-sizing: content-box; }
  textarea.ac-textInput { min-height: 54px; resize: none; }
  .ac-textBlock p { margin: 0; }
  .ac-textBlock ul, .ac-textBlock ol { margin: 0; padding-left: 20px; }
  a { color: #5B5FC7; }
</style></head>
<body><div id="frame">${above}<div id="sender">Board assistant</div><div id="card"></div></div>
<script>${script}</script>
<script>
  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  function inline(text) {
    // CommonMark backslash escapes (what src/cards/text.ts writes) stand for the character itself:
    // set aside first, so they neither format nor get escaped twice.
    var held = [];
    var html = escapeHtml(text.replace(/\\\\([!-\\/:-@\\[-\\x60{-~])/g, function (_m, c) { held.push(c); return '\\uE000' + (held.length - 1) + '\\uE001'; }))
      .replace(/\\[([^\\]]+)\\]\\(([^)\\s]+)\\)/g, '<a href="$2">$1</a>')
      .replace(/\\*\\*([^*]+)\\*\\*/g, '<strong>$1</strong>')
      .replace(/(^|[^\\w])_([^_]+)_(?=[^\\w]|$)/g, '$1<em>$2</em>');
    return html.replace(/\\uE000(\\d+)\\uE001/g, function (_m, i) { return '&#' + held[Number(i)].charCodeAt(0) + ';'; });
  }
  // Teams' card markdown subset: bold, italic, links, bulleted and numbered lists, line breaks.
  function markdown(text) {
    var out = [], list = null;
    text.split(/\\r?\\n/).forEach(function (line) {
      var bullet = /^\\s*[-*]\\s+(.*)$/.exec(line), numbered = /^\\s*\\d+\\.\\s+(.*)$/.exec(line);
      var kind = bullet ? 'ul' : numbered ? 'ol' : null;
      if (list && kind !== list) { out.push('</' + list + '>'); list = null; }
      if (kind) { if (!list) { out.push('<' + kind + '>'); list = kind; } out.push('<li>' + inline((bullet || numbered)[1]) + '</li>'); }
      else out.push(inline(line) + '<br>');
    });
    if (list) out.push('</' + list + '>');
    return out.join('').replace(/(<br>)+$/, '');
  }
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) { result.outputHtml = markdown(text); result.didProcess = true; };
  var card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig(${json(teamsHostConfig)});
  var context = new AdaptiveCards.SerializationContext();
  card.parse(${json(card)}, context);
  window.renderErrors = [];
  for (var i = 0; i < context.eventCount; i++) window.renderErrors.push(context.getEventAt(i).message);
  document.getElementById('card').appendChild(card.render());
  window.rendered = true;
</script></body></html>`;
}
