/** The built-in stories of the trainee mode, as JSON data in this folder (format: docs/stories.md). */
import abgelehnt from './abgelehnt-duldung.json';
import familie from './familie-anerkannt.json';
import unbegleitet from './unbegleitet-jugendhilfe.json';

/** Unvalidated: read them with `parseStory`, which checks format and chart. */
export const BUILTIN_STORIES: readonly unknown[] = [familie, abgelehnt, unbegleitet];
