/**
 * Excel input for mot-servqual: reads survey exports from {@code .xlsx} workbooks (the first sheet
 * or a named one) with fastexcel-reader, through the same checks, column mapping and error reports
 * as {@code io.github.mot.servqual.io.SurveyReader}. A separate module, so that the core modules
 * need no spreadsheet library.
 */
module io.github.mot.servqual.xlsx {
  requires transitive io.github.mot.servqual;
  requires static transitive org.jspecify;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;

  exports io.github.mot.servqual.xlsx;
}
