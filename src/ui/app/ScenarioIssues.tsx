/** A scenario's problems as the loader names them: a heading and one line per field path. */
import type { ScenarioIssue } from '../../engine/scenario/resolve.ts';

export function ScenarioIssues({ heading, issues, className }: { heading: string; issues: readonly ScenarioIssue[]; className?: string }) {
  return (
    <div role="alert" className={`notice notice-error${className ? ` ${className}` : ''}`}>
      <p>{heading}</p>
      <ul>
        {issues.map((i, k) => (
          <li key={k}>
            <code>{i.path || '(Szenario)'}</code>: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
