/**
 * Reading SERVQUAL survey data from Excel {@code .xlsx} workbooks: {@link
 * io.github.mot.servqual.xlsx.SurveyXlsxReader}.
 */
@NullMarked
package io.github.mot.servqual.xlsx;

import org.jspecify.annotations.NullMarked;
