// The customer notes of the local server: notes and call logs created for
// a customer and listed a page at a time, filtered by type and author.
import { randomUUID } from 'node:crypto';
import { answerList, either, refusedCreate } from './customer-scoped.mjs';
import { sendJson } from './respond.mjs';

export const handlers = {
  'Customer.createNote': ({ res, body, context: { state } }) => {
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
      author: `${email.split('@')[0]} (${email})`,
      created_at: given.created_at ?? now,
      updated_at: given.updated_at ?? now,
    };
    state.notes.push(note);
    sendJson(res, 200, note);
  },
  'Customer.notes': ({ res, query, context: { state } }) => {
    answerList(res, query, state.notes, (note) =>
      either(query, 'type', note.type) && (!query.has('author_email') || note.author.endsWith(`(${query.get('author_email')})`)));
  },
};
