/**
 * Reading a notice aloud with the browser's speech synthesis, in zh-CN:
 * loaded by <read-aloud> on the first press. Each block of the page is one
 * utterance (a long one is cut off by some browsers after about fifteen
 * seconds, and a pause between blocks helps the listener).
 */
import { READING_PARTS, speakable, type Reading } from '../notice/speech.ts';

const BLOCK = /^(block|list-item|table-row|flex|grid)$/;
/** What is on the page for the eye or the hand, not for the ear. */
const SILENT = 'button, script, style, template, copy-button, print-button, read-aloud, .save';

/** The blocks of text of a part of the page, as displayed now (nothing hidden, nothing printed only). */
function blocks(root: Element): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = speakable(current);
    if (text) out.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (node.matches(SILENT)) return;
    const display = getComputedStyle(node).display;
    if (display === 'none') return;
    const block = BLOCK.test(display);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
    else current += ' ';
  };
  walk(root);
  flush();
  return out;
}

function texts(reading: Reading): string[] {
  return READING_PARTS[reading].flatMap((selector) => {
    const part = document.querySelector(selector);
    return part ? blocks(part) : [];
  });
}

/** A Chinese voice of the mainland, if the browser has one; else the browser picks by the language. */
function voice(): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^zh\b|^cmn/i.test(v.lang));
}

const LABELS = { pause: '暂停', resume: '继续', stop: '停止' } as const;

/** The reading under way: a stopped or restarted one must not report its end. */
let current: symbol | undefined;

/** The controls that appear while reading: pause (continue) and stop, and a status for screen readers. */
function controls(host: HTMLElement) {
  let extra = host.querySelector<HTMLElement>('.read-controls');
  if (!extra) {
    extra = document.createElement('span');
    extra.className = 'read-controls';
    for (const action of ['pause', 'stop'] as const) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.dataset['action'] = action;
      button.textContent = LABELS[action];
      extra.append(button);
    }
    // The status stays when the buttons go, to say that the reading has ended.
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    host.append(extra, status);
  }
  return extra;
}

function say(host: HTMLElement, words: string) {
  const status = host.querySelector('[role="status"]');
  if (status) status.textContent = words;
}

function finish(host: HTMLElement) {
  const extra = host.querySelector<HTMLElement>('.read-controls');
  if (extra) extra.hidden = true;
  delete host.dataset['reading'];
  say(host, '朗读结束');
}

function start(host: HTMLElement, reading: Reading) {
  speechSynthesis.cancel();
  const parts = texts(reading);
  const extra = controls(host);
  extra.hidden = false;
  const pause = extra.querySelector<HTMLButtonElement>('[data-action="pause"]')!;
  pause.dataset['action'] = 'pause';
  pause.textContent = LABELS.pause;
  host.dataset['reading'] = reading;
  const chosen = voice();
  const run = Symbol(reading);
  current = run;
  parts.forEach((text, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    if (chosen) utterance.voice = chosen;
    // A little slower than the default: many listeners are older.
    utterance.rate = 0.9;
    if (index === parts.length - 1)
      utterance.onend = () => {
        if (current === run) finish(host);
      };
    speechSynthesis.speak(utterance);
  });
  say(host, reading === 'facts' ? '正在朗读要点和联系方式' : '正在朗读全文');
}

/** What a press of one of the control's buttons does. */
export function act(host: HTMLElement, button: HTMLButtonElement) {
  const action = button.dataset['action'];
  if (action === 'facts' || action === 'all') start(host, action);
  else if (action === 'pause') {
    speechSynthesis.pause();
    button.dataset['action'] = 'resume';
    button.textContent = LABELS.resume;
    say(host, '已暂停');
  } else if (action === 'resume') {
    speechSynthesis.resume();
    button.dataset['action'] = 'pause';
    button.textContent = LABELS.pause;
    say(host, '继续朗读');
  } else if (action === 'stop') {
    current = undefined;
    speechSynthesis.cancel();
    finish(host);
    host.querySelector<HTMLButtonElement>('[data-action="facts"]')?.focus();
    say(host, '已停止朗读');
  }
}
