import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { sendFile } from './raw-body.ts';

/** One file at a time, sent as it is; the server reads its content to decide whether it is a picture or a PDF. */
export function AttachmentUpload({ itemId, onUploaded }: { itemId: string; onUploaded: () => void }) {
  const { t } = useTranslation('catalogue');
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const { problem, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const upload = async () => {
      await sendFile('/api/items/{id}/attachments', { path: { id: itemId }, query: { fileName: file.name } }, file);
    };
    if (await run(upload)) {
      setFile(null);
      if (input.current) input.current.value = '';
      onUploaded();
    }
  };
  return (
    <form className="form upload-form" onSubmit={submit} data-testid="attachment-upload">
      <label>
        {t('attachments.add')}
        <input
          ref={input}
          type="file"
          accept="application/pdf,image/jpeg,image/png,image/webp"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </label>
      <small>{t('attachments.hint')}</small>
      {problem && <ProblemMessage problem={problem} />}
      <button type="submit" disabled={!file}>
        {t('attachments.upload')}
      </button>
    </form>
  );
}
