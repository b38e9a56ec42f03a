/**
 * `import 'hd-cockpit/locales/de'`: registers the German table on import, so elements under
 * `lang="de"` render German at first paint. Without it they load the table themselves on first
 * use (a separate chunk) and render English until it arrives. See README "Languages".
 */
import { de } from '../i18n/de.js';
import { registerLocale } from '../i18n/index.js';

registerLocale('de', de);
