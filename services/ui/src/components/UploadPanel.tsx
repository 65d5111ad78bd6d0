import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useApp } from '../context.tsx';
import { parseTraceFile } from '../model/upload.ts';

/** Opens traces from local files (Jaeger UI JSON or OTLP JSON), converted in the browser. */
export function UploadPanel(): ReactNode {
  const { uploaded, addUploaded } = useApp();
  const [error, setError] = useState<string | null>(null);
  const onFiles = async (files: FileList | null): Promise<void> => {
    setError(null);
    for (const file of Array.from(files ?? [])) {
      const result = parseTraceFile(await file.text());
      if (!result.ok) {
        setError(`${file.name}: ${result.error}`);
        return;
      }
      addUploaded(result.traces);
    }
  };
  return (
    <div className="upload-panel">
      <label className="dropzone">
        Choose .json / .jsonl files (Jaeger UI or OTLP JSON)
        <input
          type="file"
          accept=".json,.jsonl,application/json"
          multiple
          aria-label="Upload trace JSON"
          onChange={(e) => void onFiles(e.target.files)}
        />
      </label>
      {error && <p className="error">{error}</p>}
      <ul>
        {[...uploaded.values()].map((t) => (
          <li key={t.traceID}>
            <Link to={`/trace/${t.traceID}`}>
              {t.traceID} ({t.spans.length} spans)
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
