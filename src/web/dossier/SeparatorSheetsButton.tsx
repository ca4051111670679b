// 打印分隔页: downloads the separator sheets of the case's catalogue (one A4 page per section, a QR code naming it) to
// print and put between the documents of a batch scan; the split then cuts there and files each part by its sheet.
import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { download } from '../api/client';
import { useAction } from '../api/useAction';
import { useDossierText } from './dossierMessages';

export function SeparatorSheetsButton({ caseId, size }: { caseId: number; size?: 'small' | 'middle' }) {
  const t = useDossierText();
  const action = useAction();
  return (
    <Button size={size} icon={<PrinterOutlined />} loading={action.busy} data-testid="dossier-separator-sheets" onClick={() => void action.run(() => download(`/cases/${caseId}/dossier/separator-sheets`, '卷宗分隔页.pdf'))}>
      {t('dossier.separatorSheets')}
    </Button>
  );
}
