import { Anchor, Box, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The way back from a claim's pages to the list; the last item is the current page. */
export function ClaimBreadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('claim.breadcrumbs')} mb="xs">
      <Breadcrumbs>
        <Anchor component={Link} to="/claims" size="sm">
          {t('claims.title')}
        </Anchor>
        {items.map((item) =>
          item.to ? (
            <Anchor key={item.label} component={Link} to={item.to} size="sm">
              {item.label}
            </Anchor>
          ) : (
            <Text key={item.label} size="sm" aria-current="page">
              {item.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </Box>
  );
}
