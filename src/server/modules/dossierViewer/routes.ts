// The dossier's reading pane over HTTP (issue 20 item 4): an item's pages with OCR word boxes (for showing a hit on
// its page), and the reader's own notes and bookmarks — for whoever may see the item, never anyone else's.
import { DossierItemParams } from '../../../contracts/dossier';
import { DossierNote, DossierNoteEdit, DossierNotes, ItemPages, ItemPagesQuery, NewDossierNote } from '../../../contracts/dossierViewer';
import { ErrorBody, IdParams, Ok } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { loadItemPages } from './itemPages';
import { addNote, deleteNote, editNote, listNotes } from './notes';
import { readableItem } from '../dossier/readableDossier';

const errors = { 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export function dossierViewerRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/cases/:id/dossier/items/:itemId/pages',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['dossier'], summary: '阅卷：材料各页 An item’s pages: text, source and OCR word boxes (a 副卷 item is not found for parties)', params: DossierItemParams, querystring: ItemPagesQuery, response: { 200: ItemPages, ...errors } },
    },
    async (req) => {
      await readableItem(deps.db, requireActor(req), req.params.id, req.params.itemId);
      return loadItemPages(deps.db, req.params.itemId, req.query.words ?? true);
    },
  );

  app.get(
    '/api/v1/cases/:id/dossier/notes',
    { config: { access: 'authenticated' }, schema: { tags: ['dossier'], summary: '我的阅卷批注与书签 My own notes and bookmarks on the case’s dossier (nobody else’s)', params: IdParams, response: { 200: DossierNotes, ...errors } } },
    async (req) => listNotes(deps.db, requireActor(req), req.params.id),
  );

  app.post(
    '/api/v1/cases/:id/dossier/notes',
    { config: { access: 'authenticated' }, schema: { tags: ['dossier'], summary: '添加批注或书签 Add a private note or bookmark on a page of an item I may see', params: IdParams, body: NewDossierNote, response: { 201: DossierNote, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const note = await deps.db.transaction((tx) => addNote(tx, actor, req.params.id, req.body, deps.clock.now()));
      reply.status(201);
      return note;
    },
  );

  app.patch(
    '/api/v1/dossier-notes/:id',
    { config: { access: 'authenticated' }, schema: { tags: ['dossier'], summary: '修改批注或书签 Change the text of my note or the label of my bookmark', params: IdParams, body: DossierNoteEdit, response: { 200: DossierNote, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      return deps.db.transaction((tx) => editNote(tx, actor, req.params.id, req.body, deps.clock.now()));
    },
  );

  app.delete(
    '/api/v1/dossier-notes/:id',
    { config: { access: 'authenticated' }, schema: { tags: ['dossier'], summary: '删除批注或书签 Delete my note or bookmark', params: IdParams, response: { 200: Ok, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      await deps.db.transaction((tx) => deleteNote(tx, actor, req.params.id));
      return { ok: true as const };
    },
  );
}
