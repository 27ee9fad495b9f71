import { StatementList } from './StatementList';
import type { EntityModel } from './view-model';

const KIND_LABELS: Record<EntityModel['entityKind'], string> = {
  person: 'Person',
  institution: 'Institution',
  place: 'Place',
};

/** Who or what a name refers to, and what the source reports they said or what was said of them. */
export function EntityCard({ entity, headingId }: { entity: EntityModel; headingId: string }) {
  return (
    <div class="card card-entity">
      <header class="card-header">
        <p class="eyebrow">{KIND_LABELS[entity.entityKind]}</p>
        <h2 class="title" id={headingId}>
          {entity.name}
        </h2>
        <p class="role">{entity.role}</p>
      </header>
      {entity.statements.length > 0 ? (
        <StatementList statements={entity.statements} />
      ) : (
        <p class="muted empty">The source reports no statement by or about {entity.name}.</p>
      )}
    </div>
  );
}
