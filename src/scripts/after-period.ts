/**
 * The behaviour of <after-period> (src/components/AfterPeriod.astro): once
 * reports have ended in the reader's time, the box says so and moves to the
 * top of the page, where a reader who kept an old page looks first.
 */
class AfterPeriod extends HTMLElement {
  #timer: ReturnType<typeof setInterval> | undefined;

  connectedCallback() {
    if (!this.update()) this.#timer = setInterval(() => this.update() && clearInterval(this.#timer), 30_000);
  }

  disconnectedCallback() {
    clearInterval(this.#timer);
  }

  /** True once the end has come (and the box says so). */
  update(): boolean {
    if (Date.now() < Number(this.dataset['closes'])) return false;
    if (this.dataset['state'] !== 'ended') {
      this.dataset['state'] = 'ended';
      for (const part of this.querySelectorAll<HTMLElement>('[data-when]'))
        part.hidden = part.dataset['when'] !== 'ended';
      document.getElementById('after-period-slot')?.append(this);
    }
    return true;
  }
}

customElements.define('after-period', AfterPeriod);
