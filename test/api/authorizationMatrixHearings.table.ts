// The authorization matrix's expected rows for 庭审 (issue 21 item 3), continuing authorizationMatrix.table.ts (same
// columns, same reading). The hearing probed is the one of each court's scheduled case (南关's 民初 before 法官乙,
// 长春中院's 民终), on which no actor of the matrix sits: the booking check and the record's writes are the trial
// team's (role 403 for others, 404 for a case not seen, 403 HEARING_CHECK_FORBIDDEN / HEARING_RECORD_FORBIDDEN for
// the court's other staff); a draft (none is written here) is read by the court's own staff only (its parties and
// a linked court get 404 TRANSCRIPT_NOT_FOUND); the recordings list is the case's viewers'; the calendar is the
// court's own staff's; rooms and hearing settings the administrator's (a room of no court, an unknown room, a link
// template with an unknown placeholder: refused after access, nothing changed).
export const HEARING_ROWS = `
# Hearings: booking check, courtroom calendar, rooms and settings, transcript, signatures, recording.
POST /api/v1/hearings/check                                   401 403 403 403 403 404 404 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
GET /api/v1/courts/{courtId}/hearing-calendar                 401 403 403 403 403 403 403 403 403 403 403 403 403 403 200 200 200 403 403 403 403 403 403 403 403 403
GET /api/v1/admin/rooms                                       401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
POST /api/v1/admin/rooms                                      401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 422 403 403 403 403 403 403 403 403
PUT /api/v1/admin/rooms/{id}                                  401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 404 403 403 403 403 403 403 403 403
GET /api/v1/admin/settings/hearings                           401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PUT /api/v1/admin/settings/hearings                           401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 422 403 403 403 403 403 403 403 403
GET /api/v1/hearings/{id}/transcript                          401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 404 404 404 404 404
PUT /api/v1/hearings/{id}/transcript                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
POST /api/v1/hearings/{id}/transcript/finalise                401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
POST /api/v1/hearings/{id}/transcript/signatures              401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
POST /api/v1/hearings/{id}/transcript/objections              401 404 404 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
POST /api/v1/hearings/{id}/transcript/objections/{objectionId}/resolve 401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
POST /api/v1/hearings/{id}/transcript/close-signing           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
POST /api/v1/hearings/{id}/recording                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
GET /api/v1/hearings/{id}/recordings                          401 404 200 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
`;

export const HEARING_CODES: Record<string, Record<number, string>> = {
  'GET /api/v1/courts/{courtId}/hearing-calendar': { 403: 'HEARING_CALENDAR_FORBIDDEN' },
  'POST /api/v1/admin/rooms': { 422: 'COURT_UNKNOWN' },
  'PUT /api/v1/admin/rooms/{id}': { 404: 'ROOM_UNKNOWN' },
  'PUT /api/v1/admin/settings/hearings': { 422: 'MEETING_LINK_TEMPLATE_INVALID' },
  'PUT /api/v1/hearings/{id}/transcript': { 403: 'HEARING_RECORD_FORBIDDEN' },
  'POST /api/v1/hearings/{id}/transcript/finalise': { 403: 'HEARING_RECORD_FORBIDDEN' },
  'POST /api/v1/hearings/{id}/transcript/objections/{objectionId}/resolve': { 403: 'HEARING_RECORD_FORBIDDEN' },
  'POST /api/v1/hearings/{id}/transcript/close-signing': { 403: 'TRANSCRIPT_CLOSE_FORBIDDEN' },
  'POST /api/v1/hearings/{id}/recording': { 403: 'HEARING_RECORD_FORBIDDEN' },
};
