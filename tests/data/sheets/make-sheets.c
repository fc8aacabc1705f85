/* Makes items-libxlsxwriter.xlsx, the sheet tst_spreadsheet reads as Excel would save it:
 * texts in shared strings, a date and a number stored as numbers, a line break in a cell,
 * Thai text, a blank row and an empty cell. make-sheets.sh builds and runs it once; its output
 * and LibreOffice's conversions of it are checked in, so no test needs LibreOffice. */
#include <xlsxwriter.h>

int main(void)
{
    lxw_workbook *book = workbook_new("items-libxlsxwriter.xlsx");
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Items");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "d/m/yyyy");
    const char *header[] = {"id", "kind", "file", "country", "themes", "date", "licence",
                            "featured", "order", "title_en", "title_th", "description_en"};
    for (int c = 0; c < 12; ++c)
        worksheet_write_string(sheet, 0, c, header[c], NULL);
    /* Row 2: a complete item. */
    worksheet_write_string(sheet, 1, 0, "th-sticky-rice", NULL);
    worksheet_write_string(sheet, 1, 1, "photo", NULL);
    worksheet_write_string(sheet, 1, 2, "photos/rice.jpg", NULL);
    worksheet_write_string(sheet, 1, 3, "TH", NULL);
    worksheet_write_string(sheet, 1, 4, "food festivals", NULL);
    lxw_datetime day = {1984, 7, 1, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 5, &day, date);
    worksheet_write_string(sheet, 1, 6, "CC BY 4.0", NULL);
    worksheet_write_string(sheet, 1, 7, "yes", NULL);
    worksheet_write_number(sheet, 1, 8, 3, NULL);
    worksheet_write_string(sheet, 1, 9, "Rice, sticky", NULL);
    worksheet_write_string(sheet, 1, 10, "\xe0\xb8\x82\xe0\xb9\x89\xe0\xb8\xb2\xe0\xb8\xa7", NULL);
    worksheet_write_string(sheet, 1, 11, "Steamed in a basket.\nEaten by hand.", NULL);
    /* Row 3 blank; row 4: no kind, and an empty title_th between filled cells. */
    worksheet_write_string(sheet, 3, 0, "th-krathong", NULL);
    worksheet_write_string(sheet, 3, 2, "photos/krathong.jpg", NULL);
    worksheet_write_string(sheet, 3, 3, "TH", NULL);
    worksheet_write_number(sheet, 3, 5, 2023, NULL);
    worksheet_write_string(sheet, 3, 6, "CC0-1.0", NULL);
    worksheet_write_number(sheet, 3, 8, 4.5, NULL);
    worksheet_write_string(sheet, 3, 9, "Loy Krathong", NULL);
    worksheet_write_string(sheet, 3, 11, "=not a formula", NULL);
    return workbook_close(book) == LXW_NO_ERROR ? 0 : 1;
}
