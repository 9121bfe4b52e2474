"""Head office's portfolio window (issue 11): every officer's cases, filters,
totals, charts by industry and by light, any case read-only."""
