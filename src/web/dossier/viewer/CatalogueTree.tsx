// The dossier's catalogue in the reading pane: volumes → sections → items, each with its page range; the open item
// marked, a click opens another (on a phone this sits in a drawer).
import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { Dossier, DossierItem } from '../../../contracts/dossier';
import { useDossierText } from '../dossierMessages';

export function CatalogueTree({ dossier, openId, hitCounts, onOpen }: { dossier: Dossier; openId: number | null; hitCounts: Map<number, number> | null; onOpen(item: DossierItem): void }) {
  const t = useDossierText();
  return (
    <nav data-testid="viewer-catalogue" style={{ fontSize: 13 }}>
      {dossier.volumes.map((v) => (
        <div key={v.volume} style={{ marginBottom: 12 }}>
          <Typography.Text strong>
            {v.title}（{v.pageCount === null ? t('dossier.volumePagesUnknown') : t('dossier.volumePages', { n: v.pageCount })}）
          </Typography.Text>
          {v.sections
            .filter((s) => s.items.length > 0)
            .map((s) => (
              <div key={s.key} style={{ paddingLeft: 8, marginTop: 4 }}>
                <Typography.Text type="secondary">{s.title}</Typography.Text>
                {s.items.map((item) => {
                  const open = item.id === openId;
                  const hits = hitCounts?.get(item.id);
                  return (
                    <button
                      key={item.id}
                      type="button"
                      data-testid={`viewer-item-${item.id}`}
                      aria-current={open ? 'true' : undefined}
                      onClick={() => onOpen(item)}
                      style={{
                        display: 'flex', gap: 6, width: '100%', textAlign: 'left', padding: '4px 6px', margin: '2px 0 2px 8px', border: 0, borderRadius: 4, cursor: 'pointer',
                        background: open ? '#e6f0ff' : 'transparent', color: 'inherit', font: 'inherit',
                      }}
                    >
                      {item.mimeType === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />}
                      <span style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>{item.title}</span>
                      <span style={{ color: '#888', whiteSpace: 'nowrap' }}>
                        {hits ? `(${hits}) ` : ''}
                        {item.firstPage === null ? '' : item.firstPage === item.lastPage ? `${item.firstPage}` : `${item.firstPage}–${item.lastPage}`}
                      </span>
                    </button>
                  );
                })}
              </div>
            ))}
        </div>
      ))}
    </nav>
  );
}
