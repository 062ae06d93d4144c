import type { CardRenderer } from '../cards/render';

/** What a view needs to render: the card templates and the council's time zone. */
export interface ViewClock {
  cards: CardRenderer;
  timeZone: string;
}

/** A view that also needs today (an update form's earliest date): the clock, injected as in the routes. */
export interface ViewDeps extends ViewClock {
  clock: () => Date;
}
