import { useId, useState } from 'react';
import { withQuery } from '../../shared/api.js';
import { Link } from '../../shared/router.js';

const FORMATS = [
  { value: 'md', label: 'Markdown (.md)' },
  { value: 'html', label: 'Web page (.html)' },
  { value: 'csv', label: 'Spreadsheet (.csv)' },
  { value: 'pdf', label: 'PDF (.pdf)' },
  { value: 'json', label: 'Data (.json)' },
];

/** Previous and next period, and the download of the shown report in any format. */
export function ReportBar({
  prev,
  next,
  label,
  api,
  params,
  fileBase,
}: {
  prev: string;
  next: string | null;
  label: string;
  api: string;
  params: Record<string, string>;
  fileBase: string;
}) {
  const [format, setFormat] = useState('md');
  const id = useId();
  return (
    <nav className="row panel" aria-label={`${label}s`}>
      <Link to={prev} rel="prev">
        ← Previous {label}
      </Link>
      {next && (
        <Link to={next} rel="next">
          Next {label} →
        </Link>
      )}
      <span className="grow" />
      <label className="field" htmlFor={`${id}-f`}>
        Format
        <select id={`${id}-f`} value={format} onChange={(e) => setFormat(e.target.value)}>
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <a className="button" href={withQuery(api, { ...params, format })} download={`${fileBase}.${format}`}>
        Download
      </a>
    </nav>
  );
}

/** Copies a plain-text line; where the browser refuses, the line stays selectable on the page. */
export function CopyLine({ line }: { line: string }) {
  const [note, setNote] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(line);
      setNote('Copied.');
    } catch {
      setNote('The browser did not allow copying; select the line instead.');
    }
  };
  return (
    <div className="stack">
      <p className="verbatim" data-testid="copyable-line">
        {line}
      </p>
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          Copy line
        </button>
        <span role="status" aria-live="polite" className="muted">
          {note}
        </span>
      </div>
    </div>
  );
}
