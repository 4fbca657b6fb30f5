"""复盘数据 sheets: the recorded numbers (daily, channels, copies, materials), each beside a
summary block that feeds native Excel charts, and the A/B test table. The data sheets are
streamed (write-only) so 100,000 daily rows export fast; their layout (title row, headings
in row 2, data from row 3) is what flashdesk.review.importer reads back."""
