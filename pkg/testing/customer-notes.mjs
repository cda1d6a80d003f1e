// The customer notes of the local server: notes and call logs created for
// a customer and listed a page at a time (a customer's, or all), filtered
// by type and author; read, changed and deleted by uuid.
import { randomUUID } from 'node:crypto';
import { answerAll, answerList, byId, either, refusedCreate, setFields } from './customer-scoped.mjs';
import { sendJson } from './respond.mjs';

const keep = (note, query) =>
  either(query, 'type', note.type) && (!query.has('author_email') || note.author.endsWith(`(${query.get('author_email')})`));
const author = (email) => `${email.split('@')[0]} (${email})`;

/** A create, as `Customer.createNote(config, customerUuid, data)` and `CustomerNote.create(config, data)` send it. */
const create = ({ res, body, context: { state } }) => {
  const given = JSON.parse(body || '{}');
  if (refusedCreate(res, given, ['customer_uuid', 'type'])) return;
  const now = new Date().toISOString();
  const email = given.author_email ?? 'owner@example.com';
  const note = {
    uuid: `note_${randomUUID()}`,
    customer_uuid: given.customer_uuid,
    type: given.type,
    text: given.text ?? '',
    call_duration: given.call_duration ?? 0,
    author: author(email),
    created_at: given.created_at ?? now,
    updated_at: given.updated_at ?? now,
  };
  state.notes.push(note);
  sendJson(res, 200, note);
};

export const handlers = {
  'Customer.createNote': create,
  'CustomerNote.create': create,
  'Customer.notes': ({ res, query, context: { state } }) => answerList(res, query, state.notes, keep),
  'CustomerNote.all': ({ res, query, context: { state } }) => answerAll(res, query, state.notes, keep),
  ...byId('CustomerNote', {
    store: 'notes',
    name: 'Customer note',
    apply: (res, note, given) => {
      if (!setFields(res, note, given, ['text', 'call_duration', 'created_at'])) return false;
      if (given.author_email) note.author = author(given.author_email);
    },
  }),
};
