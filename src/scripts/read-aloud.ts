/**
 * The behaviour of <read-aloud> (src/components/ReadAloud.astro): it shows
 * where the browser can speak, and loads the speaking itself only when a
 * reader asks, so no page pays for it in its first bytes.
 */
import speech from 'lazy-module:./read-aloud-speech.ts';

type Speech = typeof import('./read-aloud-speech.ts');

class ReadAloud extends HTMLElement {
  connectedCallback() {
    if (typeof window.speechSynthesis?.speak !== 'function' || typeof SpeechSynthesisUtterance !== 'function')
      return;
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button)
        void (import(/* @vite-ignore */ speech) as Promise<Speech>).then((module) =>
          module.act(this, button),
        );
    });
    this.hidden = false;
  }
}

customElements.define('read-aloud', ReadAloud);
