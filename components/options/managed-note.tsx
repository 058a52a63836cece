import { useOptions } from './options-context';

/** The words beside a field the organisation has set centrally. */
export function ManagedNote({ id }: { id: string }) {
  return (
    <span id={id} className="managed-note">
      Set by your organisation
    </span>
  );
}

/** Names the organisation's values that could not be used, so a mistyped one is noticed rather than silently ignored. */
export function RefusedManagedValues() {
  const refused = useOptions((state) => state.refusedManaged);
  if (refused.length === 0) return null;
  return (
    <div role="alert" className="managed-refused">
      <p>Your organisation’s policy has values that could not be used: {refused.join('; ')}.</p>
      <p>Everything else your organisation set is in force. Please ask your IT team to correct these.</p>
    </div>
  );
}
