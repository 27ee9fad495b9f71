import type { MessageKey } from '@/utils/i18n/catalogue';
import type { Translator } from '@/utils/i18n/translate';
import { StatementList } from './StatementList';
import type { EntityModel } from './view-model';

const KIND_KEYS = {
  person: 'kind.person',
  institution: 'kind.institution',
  place: 'kind.place',
} as const satisfies Record<EntityModel['entityKind'], MessageKey>;

/** Who or what a name refers to, and what the source reports they said or what was said of them. */
export function EntityCard({
  tr,
  entity,
  headingId,
}: {
  tr: Translator;
  entity: EntityModel;
  headingId: string;
}) {
  return (
    <div class="card card-entity">
      <div class="card-header">
        <p class="eyebrow">{tr.t(KIND_KEYS[entity.entityKind])}</p>
        <h2 class="title" id={headingId}>
          {entity.name}
        </h2>
        <p class="role">{entity.role}</p>
      </div>
      {entity.statements.length > 0 ? (
        <StatementList tr={tr} statements={entity.statements} />
      ) : (
        <p class="muted empty">{tr.t('card.noStatements', { name: entity.name })}</p>
      )}
    </div>
  );
}
