package ita.report.poi;

import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * What a workbook written through POI needs before it is saved so that Excel opens it without repair, whatever it
 * came from (a user's template, an input copied, a workbook POI made): every colour as four bytes of ARGB (POI keeps
 * the three bytes of RGB it was given, or that a template holds, and the schema allows only four), and the counts POI
 * leaves behind when merged ranges or validations are removed set to what they count, and no row taller than the
 * 409 points Excel holds.
 */
public final class PoiPackage {

    private static final QName RGB = new QName("", "rgb");

    static {
        // POI asks JAXP for a new factory on every save, and JAXP looks for one on the whole class path each time,
        // under the class loader's lock: naming the JDK's own (the one found anyway) makes that a field read
        setIfUnset("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        setIfUnset("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    }

    private static void setIfUnset(String property, String jdkDefault) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, jdkDefault);
        }
    }

    private PoiPackage() {
    }

    /** Makes the workbook's colours and counts right; for an .xls (BIFF) workbook there is nothing to do. */
    public static void prepare(Workbook wb) {
        // rows taller than Excel holds (an input or a template may carry them)
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(i)) {
                if (row.getHeightInPoints() > RowFit.MAX_HEIGHT) {
                    row.setHeightInPoints(RowFit.MAX_HEIGHT);
                }
            }
        }
        if (!(wb instanceof XSSFWorkbook x)) {
            return;
        }
        StylesTable styles = x.getStylesSource();
        styles.getFonts().forEach(f -> argb(f.getCTFont()));
        styles.getFills().forEach(f -> argb(f.getCTFill()));
        styles.getBorders().forEach(b -> argb(b.getCTBorder()));
        argb(styles.getCTStylesheet());
        for (int i = 0; i < x.getNumberOfSheets(); i++) {
            XSSFSheet s = x.getSheetAt(i);
            CTWorksheet ws = s.getCTWorksheet();
            argb(ws);
            if (ws.isSetMergeCells()) {
                int n = ws.getMergeCells().sizeOfMergeCellArray();
                if (n == 0) {
                    ws.unsetMergeCells();
                } else {
                    ws.getMergeCells().setCount(n);
                }
            }
            if (ws.isSetDataValidations()) {
                int n = ws.getDataValidations().sizeOfDataValidationArray();
                if (n == 0) {
                    ws.unsetDataValidations();
                } else {
                    ws.getDataValidations().setCount(n);
                }
            }
        }
    }

    /** Every rgb="RRGGBB" under the element as rgb="FFRRGGBB" (opaque, as Excel reads three bytes). */
    static void argb(XmlObject xml) {
        if (xml == null) {
            return;
        }
        try (XmlCursor c = xml.newCursor()) {
            do {
                if (c.isStart()) {
                    String v = c.getAttributeText(RGB);
                    if (v != null && v.length() == 6) {
                        c.setAttributeText(RGB, "FF" + v);
                    }
                }
            } while (c.toNextToken() != XmlCursor.TokenType.NONE && !c.isEnddoc());
        }
    }
}
