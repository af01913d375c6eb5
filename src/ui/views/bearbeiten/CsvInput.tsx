/** Choosing a CSV file: a labelled file input with its column help; hands the text on. */
import { useId, type ChangeEvent } from 'react';

/** Reads a file as UTF-8 text (a byte order mark is dropped by the CSV reader). */
export function readText(file: File): Promise<string> {
  return file.text();
}

export function CsvInput({ label, help, onText }: { label: string; help: string; onText: (text: string) => void }) {
  const id = useId();
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void readText(file).then(onText);
  };
  return (
    <div className="edit-csv">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept=".csv,text/csv,text/plain" aria-describedby={`${id}-help`} onChange={onChange} />
      <p id={`${id}-help`} className="edit-help">
        {help}
      </p>
    </div>
  );
}
