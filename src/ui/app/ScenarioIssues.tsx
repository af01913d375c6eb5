/** A scenario's problems as the loader names them, in the UI's language: a heading and one line per field path. */
import type { ScenarioIssue } from '../../engine/scenario/resolve.ts';
import { useI18n } from '../i18n/index.ts';

export function ScenarioIssues({ heading, issues, className }: { heading: string; issues: readonly ScenarioIssue[]; className?: string }) {
  const { lang } = useI18n();
  return (
    <div role="alert" className={`notice notice-error${className ? ` ${className}` : ''}`}>
      <p>{heading}</p>
      <ul>
        {issues.map((i, k) => (
          <li key={k}>
            <code>{i.path || (lang === 'de' ? '(Szenario)' : '(scenario)')}</code>: {i.text[lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}
