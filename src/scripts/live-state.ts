/**
 * The behaviour of <live-state> (src/components/LiveState.astro), and of the
 * box of what to do once reports end (src/components/AfterPeriod.astro),
 * which moves on with the same clock.
 */
import { decodeSchedule, dutyPhoneState, dutyPhoneText } from '../notice/duty-phone.ts';
import { PERIOD_STATE_LABELS, periodState } from '../notice/period.ts';

/** Once reports have ended in the reader's time, the box says so and moves to the top of the page. */
function afterPeriod() {
  const box = document.getElementById('after-period');
  if (!box || box.dataset['state'] === 'ended' || Date.now() < Number(box.dataset['closes'])) return;
  box.dataset['state'] = 'ended';
  // A page built before the end carries both headings.
  for (const part of box.querySelectorAll<HTMLElement>('[data-when]'))
    part.hidden = part.dataset['when'] !== 'ended';
  document.getElementById('after-period-slot')?.append(box);
}

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
    const { opens, closes, schedule, workdays } = this.dataset;
    const window = { opens: Number(opens), closes: Number(closes) };
    const now = Date.now();
    if (schedule) {
      const state = dutyPhoneState(decodeSchedule(schedule, workdays), window, now);
      this.dataset['state'] = state.kind;
      this.textContent = dutyPhoneText(state);
    } else {
      const state = periodState(window, now);
      this.dataset['state'] = state;
      this.textContent = PERIOD_STATE_LABELS[state];
    }
    this.hidden = false;
    afterPeriod();
  }
}

customElements.define('live-state', LiveState);
// A withdrawal's page has no live state of its own.
afterPeriod();
