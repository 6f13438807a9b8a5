/**
 * Every custom element of the site, in one module loaded once by the layout.
 * Separate inline scripts per component cost more bytes than one bundle
 * (each compresses alone), and the notice page must stay within 2 KB of
 * compressed script; one file is also cached across pages.
 */
import './copy-button.ts';
import './live-state.ts';
import './print-button.ts';
import './read-aloud.ts';
import './reading-settings.ts';
