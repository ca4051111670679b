ALTER TABLE "attachment_pages" ADD COLUMN "search_text" text;--> statement-breakpoint
-- Kept in the row (compressed if need be, moved out last) so that matching a phrase reads no TOAST.
ALTER TABLE "attachment_pages" ALTER COLUMN "search_text" SET STORAGE MAIN;--> statement-breakpoint
-- Pages read before this migration: searchableText() + NFKC + lower case (src/domain/filePages/pageText.ts, the rule)
-- once in SQL, the CJK scripts as code-point ranges (PostgreSQL's regular expressions have no \p{Script}); the bigrams
-- lose their positions (a phrase is now checked on the search text, not on positions).
UPDATE "attachment_pages" SET
  "search_text" = lower(normalize(left(regexp_replace(regexp_replace(regexp_replace("text",
      '(?<=[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f])\s+|\s+(?=[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f])', '', 'g'),
      '\s+', ' ', 'g'), '^ | $', '', 'g'), 16000), NFKC)),
  "bigrams" = strip("bigrams")
WHERE "text" IS NOT NULL;
