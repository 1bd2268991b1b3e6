import type { CustomerPage as CustomerPageData } from '@associa/contracts';
import { Alert, Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { linkProblemOf } from '../features/account/link-problem';
import { CustomerAccessLog } from '../features/customer/customer-access-log';
import { CustomerAssociations } from '../features/customer/customer-associations';
import { useCustomerPage } from '../features/customer/use-customer-page';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageSection } from '../features/shell/page-section';
import { PublicLayout } from '../features/shell/public-layout';
import { QueryError } from '../features/shell/query-error';
import { useFormatters } from '../i18n/use-formatters';
import { useMessageLanguage } from '../i18n/use-message-language';

/** `/customer/:token`: the customer's own page from a link, without sign-in: who holds what for its tenant, who read its usage, and revoke. */
export function CustomerPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const page = useCustomerPage(token);
  useDocumentTitle(t('app.documentTitle', { title: t('customer.documentTitle') }));
  useMessageLanguage(page.data?.locale);
  const problem = linkProblemOf(page.error);
  return (
    <PublicLayout>
      <Container component="main" size="lg" py="lg">
        {page.isPending && <InlineLoader />}
        {problem && <CustomerLinkProblem kind={problem} />}
        {page.isError && !problem && <QueryError error={page.error} onRetry={() => void page.refetch()} />}
        {page.data && <CustomerContent token={token} page={page.data} />}
      </Container>
    </PublicLayout>
  );
}

function CustomerContent({ token, page }: { token: string; page: CustomerPageData }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  // The page has no session, so no catalogue: product names come with its associations.
  const products = new Map(page.associations.map((a) => [a.productCode, a.productName ?? a.productCode]));
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>{t('customer.title', { customer: page.tenant.name ?? page.tenant.tenantId })}</Title>
        <Text>{t('customer.intro')}</Text>
        <Text size="sm">{t('customer.expiresAt', { date: dateTime(page.expiresAt) })}</Text>
      </Stack>
      <PageSection title={t('customer.associationsTitle')}>
        <CustomerAssociations token={token} associations={page.associations} />
      </PageSection>
      <PageSection title={t('customer.accessLogTitle')}>
        <Text size="sm">{t('customer.accessLogIntro')}</Text>
        <CustomerAccessLog entries={page.accessLog} productName={(code) => products.get(code) ?? code} />
      </PageSection>
    </Stack>
  );
}

function CustomerLinkProblem({ kind }: { kind: 'invalid' | 'expired' | 'used' }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{kind === 'invalid' ? t('customer.invalidTitle') : t('customer.expiredTitle')}</Title>
      <Alert color="yellow" icon={<IconLinkOff aria-hidden />} role="alert">
        <Stack gap="xs">
          <Text>{kind === 'invalid' ? t('customer.invalidText') : t('customer.expiredText')}</Text>
          <Anchor component={Link} to="/customer">
            {t('customer.requestNew')}
          </Anchor>
        </Stack>
      </Alert>
    </Stack>
  );
}
