/** The behaviour of <live-state> (src/components/LiveState.astro). */
import { decodeSchedule, dutyPhoneState, dutyPhoneText } from '../notice/duty-phone.ts';
import { PERIOD_STATE_LABELS, periodState } from '../notice/period.ts';

class LiveState extends HTMLElement {
  #timer: ReturnType<typeof setInterval> | undefined;

  connectedCallback() {
    this.update();
    // A page left open moves on by itself, across the hour and midnight.
    this.#timer = setInterval(() => this.update(), 30_000);
  }

  disconnectedCallback() {
    clearInterval(this.#timer);
  }

  update() {
    const { opens, closes, schedule } = this.dataset;
    const window = { opens: Number(opens), closes: Number(closes) };
    const now = Date.now();
    if (schedule) {
      const state = dutyPhoneState(decodeSchedule(schedule), window, now);
      this.dataset['state'] = state.kind;
      this.textContent = dutyPhoneText(state);
    } else {
      const state = periodState(window, now);
      this.dataset['state'] = state;
      this.textContent = PERIOD_STATE_LABELS[state];
    }
    this.hidden = false;
  }
}

customElements.define('live-state', LiveState);
