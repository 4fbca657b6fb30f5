"""The team workbook: one .xlsx per campaign, one writer module per sheet."""
