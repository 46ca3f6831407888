/**
 * One column of the cluster board: "Nog niet geordend" or a cluster. Post-its can be dragged onto it; each
 * post-it also has a "Verplaats naar" select, so moving never needs a mouse.
 */
import { type DragEvent, type ReactNode, type Ref, useEffect, useRef, useState } from 'react';
import type { Option } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { Recommendation } from '../domain/recommendations.ts';
import { postitsText } from './ClusterBits.tsx';
import { useTargetWords } from './RecommendationBits.tsx';

/** The type of a dragged post-it's id: only these drags can be dropped on a column. */
const dragType = 'application/x-kring-postit';

export interface Follow {
  /** The post-it that moved with the keyboard: its select takes the focus again in its new column. */
  id: string;
  to: string;
}

interface Props {
  /** The cluster's id, or '' for the unsorted post-its. */
  id: string;
  title: string;
  list: readonly Recommendation[];
  options: Option[];
  /** The post-it on its way to another column, and where to. */
  pending: { id: string; to: string } | null;
  follow: Follow | null;
  onMove: (recommendationId: string, to: string, withKeyboard: boolean) => void;
  onFollowed: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The tools under the heading (rename, remove). */
  children?: ReactNode;
}

export function BoardColumn(props: Props) {
  const { t } = useT();
  const { id, title, list, headingRef } = props;
  const [over, setOver] = useState(false);
  const headingId = `kolom-${id || 'los'}`;

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (!event.dataTransfer.types.includes(dragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOver(true);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.getData(dragType);
    if (dropped) props.onMove(dropped, id, false);
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a column holds a heading, a form and a list, not a fieldset's controls.
    <div
      role="group"
      aria-labelledby={headingId}
      className={`spiegel-board__column${over ? ' spiegel-board__column--over' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h4>
      <p className="hint">{postitsText(t, list.length)}</p>
      {props.children}
      {list.length === 0 ? (
        <p className="spiegel-board__empty">{t('spiegel.clusters.empty')}</p>
      ) : (
        <ul className="spiegel-board__postits">
          {list.map((r) => (
            <BoardPostit
              key={r.id}
              recommendation={r}
              column={id}
              options={props.options}
              pending={props.pending}
              follow={props.follow}
              onMove={props.onMove}
              onFollowed={props.onFollowed}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function BoardPostit({
  recommendation: r,
  column,
  options,
  pending,
  follow,
  onMove,
  onFollowed,
}: Pick<Props, 'options' | 'pending' | 'follow' | 'onMove' | 'onFollowed'> & {
  recommendation: Recommendation;
  column: string;
}) {
  const { t } = useT();
  const words = useTargetWords();
  const select = useRef<HTMLSelectElement>(null);
  const focus = follow?.id === r.id && follow.to === column;
  useEffect(() => {
    if (!focus) return;
    select.current?.focus();
    onFollowed();
  }, [focus, onFollowed]);

  return (
    <li
      className="spiegel-postit spiegel-board__postit"
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(dragType, r.id);
        event.dataTransfer.setData('text/plain', r.text);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <p className="spiegel-postit__text" id={`postit-${r.id}`}>
        {r.text}
      </p>
      <p className="spiegel-board__target">{words.label(r.target)}</p>
      <label className="visually-hidden" htmlFor={`verplaats-${r.id}`}>
        {t('spiegel.clusters.moveTo')}
      </label>
      <select
        ref={select}
        id={`verplaats-${r.id}`}
        aria-describedby={`postit-${r.id}`}
        value={pending?.id === r.id ? pending.to : column}
        onChange={(event) => onMove(r.id, event.target.value, true)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </li>
  );
}
