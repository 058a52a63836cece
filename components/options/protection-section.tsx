import { protectionStatusItem, type SiteSighting } from '../../lib/storage/protection-status';
import { siteState, sitesIn, SITE_STATE_LABELS } from './protection-state';
import { useStoredItem } from './use-stored-item';
import { when } from './when';

const at = (time: number | undefined, none: string) => (time === undefined ? none : <time dateTime={new Date(time).toISOString()}>{when.format(time)}</time>);

function Site({ name, sighting }: { name: string; sighting?: SiteSighting }) {
  const state = siteState(sighting);
  const boxes = sighting?.unprotected ?? [];
  return (
    <li className="site-card" data-site-state={state}>
      <h3>
        {name} <span className={`state state--${state}`}>{SITE_STATE_LABELS[state]}</span>
      </h3>
      <dl className="facts">
        <dt>Post box last seen</dt>
        <dd>{at(sighting?.composerSeenAt, 'Not on this computer yet')}</dd>
        <dt>Post button last found</dt>
        <dd>{at(sighting?.postControlFoundAt, 'Not yet')}</dd>
      </dl>
      {boxes.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>Boxes on {name} that could not be protected</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Page</th>
                <th scope="col">What was missing</th>
              </tr>
            </thead>
            <tbody>
              {boxes.map((box) => (
                <tr key={`${box.at}-${box.url}`}>
                  <td>{at(box.at, '')}</td>
                  <td className="address">{box.url}</td>
                  <td>{box.problem}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

/** What the extension saw of each site's post boxes on this computer: the page the toolbar badge opens. */
export function ProtectionSection() {
  const status = useStoredItem(protectionStatusItem);
  if (status === undefined) return <p aria-busy="true">Reading what this computer has seen…</p>;
  return (
    <>
      <ul className="site-cards">
        {sitesIn(status).map(({ site, name, sighting }) => (
          <Site key={site} name={name} sighting={sighting} />
        ))}
      </ul>
      <p className="help">
        When a site changes its page, Ask Yourself may find a post box but not its Post button. It then tells the member of staff, puts a
        “!” on its toolbar button and lists the box here, because posts from that box are not checked. Ask whoever looks after your
        computers to update the extension, and post from another page meanwhile. Only page addresses are kept here, for a month, never
        what anyone wrote.
      </p>
    </>
  );
}
