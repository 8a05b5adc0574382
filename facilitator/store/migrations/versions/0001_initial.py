"""Initial schema: the whole domain (directory, series, workshops, agenda, notes,
speaker turns, proposals and rounds, phases, commitments, agenda templates).

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agenda_template',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template')),
    sa.UniqueConstraint('name', name=op.f('uq_agenda_template_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agenda_template_uuid'))
    )
    op.create_table('organization',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=False),
    sa.Column('sector', sa.Enum('company', 'ngo', 'foundation', 'university', 'public', 'international', 'other', name='sector', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization')),
    sa.UniqueConstraint('uuid', name=op.f('uq_organization_uuid'))
    )
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organization_search_text'), ['search_text'], unique=False)

    op.create_table('agenda_template_item',
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('opening', 'talk', 'discussion', 'group_work', 'break', 'decision', 'closing', name='agenda_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['agenda_template.id'], name=op.f('fk_agenda_template_item_template_id_agenda_template'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template_item')),
    sa.UniqueConstraint('template_id', 'position', name=op.f('uq_agenda_template_item_template_id_position')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agenda_template_item_uuid'))
    )
    with op.batch_alter_table('agenda_template_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_template_item_template_id'), ['template_id'], unique=False)

    op.create_table('person',
    sa.Column('honorific', sa.String(length=40), nullable=False),
    sa.Column('given_name', sa.String(length=120), nullable=False),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('contact_consent', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_person_organization_id_organization'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('uuid', name=op.f('uq_person_uuid'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_search_text'), ['search_text'], unique=False)

    op.create_table('series',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('coordinator_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['coordinator_id'], ['organization.id'], name=op.f('fk_series_coordinator_id_organization'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series')),
    sa.UniqueConstraint('uuid', name=op.f('uq_series_uuid'))
    )
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_coordinator_id'), ['coordinator_id'], unique=False)

    op.create_table('phase',
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_phase_series_id_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase')),
    sa.UniqueConstraint('uuid', name=op.f('uq_phase_uuid'))
    )
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phase_series_id'), ['series_id'], unique=False)

    op.create_table('workshop',
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('guiding_question', sa.Text(), nullable=False),
    sa.Column('planned_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('planned_end', sa.DateTime(timezone=True), nullable=False),
    sa.Column('venue_name', sa.String(length=300), nullable=False),
    sa.Column('venue_address', sa.Text(), nullable=False),
    sa.Column('host_id', sa.Integer(), nullable=True),
    sa.Column('moderator_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('status', sa.Enum('draft', 'scheduled', 'in_session', 'held', 'minutes_sent', name='workshop_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('objectives', sa.Text(), nullable=False),
    sa.Column('session_started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('session_ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('number IS NULL OR number > 0', name=op.f('ck_workshop_number_positive')),
    sa.CheckConstraint('planned_end > planned_start', name=op.f('ck_workshop_end_after_start')),
    sa.ForeignKeyConstraint(['host_id'], ['organization.id'], name=op.f('fk_workshop_host_id_organization'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['moderator_id'], ['person.id'], name=op.f('fk_workshop_moderator_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_workshop_series_id_series'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop')),
    sa.UniqueConstraint('series_id', 'number', name=op.f('uq_workshop_series_id_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_workshop_uuid'))
    )
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_host_id'), ['host_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_moderator_id'), ['moderator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_series_id'), ['series_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('opening', 'talk', 'discussion', 'group_work', 'break', 'decision', 'closing', name='agenda_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('presenter_id', sa.Integer(), nullable=True),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('actual_start', sa.DateTime(timezone=True), nullable=True),
    sa.Column('actual_end', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('planned_minutes >= 0', name=op.f('ck_agenda_item_minutes_not_negative')),
    sa.ForeignKeyConstraint(['presenter_id'], ['person.id'], name=op.f('fk_agenda_item_presenter_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_agenda_item_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agenda_item_uuid')),
    sa.UniqueConstraint('workshop_id', 'position', name=op.f('uq_agenda_item_workshop_id_position'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_presenter_id'), ['presenter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_item_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('participation',
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.Enum('moderator', 'host', 'speaker', 'participant', 'observer', 'rapporteur', 'organizer', name='role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('invitation', sa.Enum('not_invited', 'invited', 'confirmed', 'declined', name='invitation', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('attendance', sa.Enum('unknown', 'present', 'absent', 'excused', name='attendance', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_participation_organization_id_organization'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_participation_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_participation_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation')),
    sa.UniqueConstraint('uuid', name=op.f('uq_participation_uuid')),
    sa.UniqueConstraint('workshop_id', 'person_id', name=op.f('uq_participation_workshop_id_person_id'))
    )
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('note',
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('point', 'idea', 'concern', 'question', 'proposal', 'quote', 'action', 'parking_lot', name='note_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('noted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_note_agenda_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['speaker_id'], ['person.id'], name=op.f('fk_note_speaker_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_note_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note')),
    sa.UniqueConstraint('uuid', name=op.f('uq_note_uuid'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_speaker_id'), ['speaker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('speaker_turn',
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('limit_seconds', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('ended_at IS NULL OR (started_at IS NOT NULL AND ended_at >= started_at)', name=op.f('ck_speaker_turn_ended_after_started')),
    sa.CheckConstraint('limit_seconds IS NULL OR limit_seconds > 0', name=op.f('ck_speaker_turn_limit_positive')),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_speaker_turn_agenda_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_speaker_turn_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_speaker_turn_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaker_turn')),
    sa.UniqueConstraint('uuid', name=op.f('uq_speaker_turn_uuid'))
    )
    with op.batch_alter_table('speaker_turn', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaker_turn_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaker_turn_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaker_turn_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('proposal',
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('source_note_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('method', sa.Enum('gradients', 'fist_to_five', 'consent', 'majority', 'counts', name='decision_method', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('voice', sa.Enum('person', 'organization', 'counts', name='voice', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('outcome', sa.Enum('agreed', 'agreed_with_reservations', 'not_agreed', 'deferred', 'withdrawn', name='outcome', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('outcome_statement', sa.Text(), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_number', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_proposal_agenda_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_note_id'], ['note.id'], name=op.f('fk_proposal_source_note_id_note'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_proposal_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal')),
    sa.UniqueConstraint('uuid', name=op.f('uq_proposal_uuid')),
    sa.UniqueConstraint('workshop_id', 'decision_number', name=op.f('uq_proposal_workshop_id_decision_number'))
    )
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('commitment',
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('workshop_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('contribution_type', sa.Enum('financial', 'moral', 'expertise', 'in_kind', 'volunteering', 'hosting', 'communication', 'other', name='contribution_type', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('unit', sa.Enum('TRY', 'EUR', 'volunteer_hours', 'volunteers', name='quantity_unit', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('phase_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('proposed', 'committed', 'in_progress', 'done', 'dropped', name='commitment_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=True),
    sa.Column('reviewed_workshop_id', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(quantity IS NULL AND unit IS NULL) OR (quantity IS NOT NULL AND unit IS NOT NULL)', name=op.f('ck_commitment_quantity_has_unit')),
    sa.CheckConstraint('quantity IS NULL OR quantity >= 0', name=op.f('ck_commitment_quantity_not_negative')),
    sa.CheckConstraint('start_date IS NULL OR due_date IS NULL OR due_date >= start_date', name=op.f('ck_commitment_due_after_start')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_commitment_organization_id_organization'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_commitment_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['phase_id'], ['phase.id'], name=op.f('fk_commitment_phase_id_phase'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_commitment_proposal_id_proposal'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['reviewed_workshop_id'], ['workshop.id'], name=op.f('fk_commitment_reviewed_workshop_id_workshop'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_commitment_series_id_series'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_commitment_workshop_id_workshop'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_commitment_uuid'))
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_phase_id'), ['phase_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_proposal_id'), ['proposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_series_id'), ['series_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('proposal_version',
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_proposal_version_proposal_id_proposal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_version')),
    sa.UniqueConstraint('proposal_id', 'number', name=op.f('uq_proposal_version_proposal_id_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_proposal_version_uuid'))
    )
    with op.batch_alter_table('proposal_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_version_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('round',
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('method', sa.Enum('gradients', 'fist_to_five', 'consent', 'majority', 'counts', name='decision_method', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('voice', sa.Enum('person', 'organization', 'counts', name='voice', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('quorum', sa.Integer(), nullable=True),
    sa.Column('threshold', sa.Enum('simple', 'two_thirds', name='threshold', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('proposed_outcome', sa.Enum('agreed', 'agreed_with_reservations', 'not_agreed', 'deferred', 'withdrawn', name='outcome', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('quorum IS NULL OR quorum >= 0', name=op.f('ck_round_quorum_not_negative')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_round_proposal_id_proposal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['proposal_version.id'], name=op.f('fk_round_version_id_proposal_version'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round')),
    sa.UniqueConstraint('proposal_id', 'number', name=op.f('uq_round_proposal_id_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_round_uuid'))
    )
    with op.batch_alter_table('round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('position',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('person_id IS NOT NULL OR organization_id IS NOT NULL', name=op.f('ck_position_has_holder')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_position_organization_id_organization'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_position_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_position_round_id_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position')),
    sa.UniqueConstraint('round_id', 'organization_id', name=op.f('uq_position_round_id_organization_id')),
    sa.UniqueConstraint('round_id', 'person_id', name=op.f('uq_position_round_id_person_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_position_uuid'))
    )
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_position_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_position_round_id'), ['round_id'], unique=False)

    op.create_table('round_count',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('count >= 0', name=op.f('ck_round_count_count_not_negative')),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_round_count_round_id_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_count')),
    sa.UniqueConstraint('round_id', 'value', name=op.f('uq_round_count_round_id_value')),
    sa.UniqueConstraint('uuid', name=op.f('uq_round_count_uuid'))
    )
    with op.batch_alter_table('round_count', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_count_round_id'), ['round_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('round_count', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_count_round_id'))

    op.drop_table('round_count')
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_round_id'))
        batch_op.drop_index(batch_op.f('ix_position_person_id'))
        batch_op.drop_index(batch_op.f('ix_position_organization_id'))

    op.drop_table('position')
    with op.batch_alter_table('round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_proposal_id'))

    op.drop_table('round')
    with op.batch_alter_table('proposal_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_version_proposal_id'))

    op.drop_table('proposal_version')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_series_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_phase_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_person_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_organization_id'))

    op.drop_table('commitment')
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_proposal_agenda_item_id'))

    op.drop_table('proposal')
    with op.batch_alter_table('speaker_turn', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_turn_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_speaker_turn_person_id'))
        batch_op.drop_index(batch_op.f('ix_speaker_turn_agenda_item_id'))

    op.drop_table('speaker_turn')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_note_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_note_agenda_item_id'))

    op.drop_table('note')
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_participation_person_id'))
        batch_op.drop_index(batch_op.f('ix_participation_organization_id'))

    op.drop_table('participation')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_item_presenter_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_series_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_moderator_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_host_id'))

    op.drop_table('workshop')
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phase_series_id'))

    op.drop_table('phase')
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_coordinator_id'))

    op.drop_table('series')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_search_text'))
        batch_op.drop_index(batch_op.f('ix_person_organization_id'))

    op.drop_table('person')
    with op.batch_alter_table('agenda_template_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_template_item_template_id'))

    op.drop_table('agenda_template_item')
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organization_search_text'))

    op.drop_table('organization')
    op.drop_table('agenda_template')
