import { useState, type ReactNode } from 'react';
import { useApp } from '../context.tsx';
import { parseTraceFile } from '../model/upload.ts';

/** Opens traces from local files (Jaeger UI JSON or OTLP JSON), converted in the browser; the page lists them. */
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
      {uploaded.size > 0 && (
        <p className="muted">
          {uploaded.size} trace{uploaded.size === 1 ? '' : 's'} opened: listed as search results.
        </p>
      )}
    </div>
  );
}
