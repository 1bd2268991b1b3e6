import { useTranslation } from 'react-i18next';
import { CustomerLinkForm } from '../features/customer/customer-link-form';
import { PublicCardPage } from '../features/shell/public-card-page';

/** `/customer`: a customer contact asks for a link to its customer page; the answer never says whether the address is one. */
export function CustomerLinkPage() {
  const { t } = useTranslation();
  return (
    <PublicCardPage title={t('customer.linkTitle')} intro={t('customer.linkIntro')}>
      <CustomerLinkForm />
    </PublicCardPage>
  );
}
