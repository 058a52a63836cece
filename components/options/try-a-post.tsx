import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Panel, type PanelView } from '../panel/Panel';
import type { SeenPicture } from '../../lib/composer/draft-checks';
import { checkDraft } from '../../lib/engine/check-draft';
import { blobSource, type PhotoSource } from '../../lib/photos/photo-source';
import type { Policy } from '../../lib/policy/policy';
import type { PhotoSight } from '../../lib/types';
import { photoLooker } from './photo-looker';
import { useOptions } from './options-context';

/** Looks at each photo as staff's would be looked at, and keeps those with faces for the panel's thumbnails. */
function lookingAt(files: File[], policy: Policy) {
  const pictures: SeenPicture[] = [];
  const bySource = new Map<PhotoSource, File>();
  const sources = files.map((file) => {
    const source = blobSource(file);
    bySource.set(source, file);
    return source;
  });
  const look = async (source: PhotoSource): Promise<PhotoSight> => {
    const file = bySource.get(source)!;
    const sight = await photoLooker().look(file, { faces: (policy.faces ?? 'allowed') === 'ask', writing: true });
    if (sight.faces?.length && !file.type.startsWith('video/')) pictures.push({ name: file.name, file, faces: sight.faces });
    return sight;
  };
  return { sources, look, pictures };
}

/**
 * Try a post: a manager pastes a draft and drops photos, and sees the very
 * panel staff would see, from the same checker and the policy in force, so a
 * rule can be tested before it is rolled out. Nothing is posted or logged.
 */
export function TryAPost({ example }: { example?: string }) {
  const id = useId();
  const policy = useOptions((state) => state.inForce.policy);
  const draftBox = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [view, setView] = useState<PanelView>();
  const [message, setMessage] = useState('');
  const [dragging, setDragging] = useState(false);

  const addPhotos = (files: FileList | null | undefined) => {
    // Copied at once: the FileList empties when the picker is reset for the next choice.
    const added = Array.from(files ?? []);
    if (added.length) setPhotos((current) => [...current, ...added]);
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    setView({ kind: photos.length ? 'reading' : 'checking' });
    const { sources, look, pictures } = lookingAt(photos, policy);
    const result = await checkDraft({ text, photos: sources, look }, policy);
    if (result.findings.length === 0 && result.unchecked.length === 0) {
      setView(undefined);
      setMessage('Nothing was found: staff would post this without seeing the panel.');
      return;
    }
    setView({ kind: 'findings', findings: result.findings, unchecked: result.unchecked, ...(pictures.length ? { pictures } : {}) });
  };

  const close = (outcome: string) => {
    setView(undefined);
    setMessage(outcome);
    draftBox.current?.focus();
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    addPhotos(event.dataTransfer.files);
  };

  return (
    <div className="control try-a-post">
      <h3>Try a post</h3>
      <p className="help">
        Write or paste a draft and add photos to see exactly what staff would see, the faces and writing in the photos included. Nothing is posted and
        nothing goes in the log.
      </p>
      {example && (
        <p>
          <button type="button" className="secondary" onClick={() => setText(example)}>
            Write an example: “{example}”
          </button>
        </p>
      )}
      <form onSubmit={(event) => void check(event)}>
        <label htmlFor={`${id}-text`}>Draft post</label>
        <br />
        <textarea id={`${id}-text`} ref={draftBox} rows={5} value={text} onChange={(event) => setText(event.target.value)} />
        <div
          className={`drop-zone${dragging ? ' drop-zone--over' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <label htmlFor={`${id}-photos`}>Photos or videos</label>{' '}
          <input
            id={`${id}-photos`}
            type="file"
            multiple
            accept="image/*,video/*"
            onChange={(event) => {
              addPhotos(event.target.files);
              event.target.value = '';
            }}
          />
          <span> or drop them here</span>
        </div>
        {photos.length > 0 && (
          <ul aria-label="Photos added">
            {photos.map((photo, index) => (
              <li key={`${index}-${photo.name}`}>
                {photo.name}{' '}
                <button type="button" aria-label={`Remove ${photo.name}`} onClick={() => setPhotos(photos.filter((_, i) => i !== index))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="submit">Check this post</button>
      </form>
      <p role="status">{message}</p>
      {view && (
        <Panel
          view={view}
          onEdit={() => close('Staff would be back in their draft, exactly as they left it.')}
          onPostAnyway={(reason) =>
            close(reason ? `Staff could post now, with the reason “${reason}” kept in the log.` : 'Staff could post now.')
          }
          onFalseAlarm={() => close('Staff would report a false alarm here, and it would appear in the decision log.')}
        />
      )}
    </div>
  );
}
