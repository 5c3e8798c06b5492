package de.integrationsplan.report.internal;

import de.integrationsplan.report.CellKeyPerturbation;
import de.integrationsplan.report.PeriodReport;
import de.integrationsplan.report.ReportCell;
import de.integrationsplan.report.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The writers of a report's cells: CSV, JSON and the .xlsx workbook. */
public final class ReportWriters {

  /** Rows of a sheet held before they are written; the column widths are fitted to them. */
  static final int ROWS_BEFORE_FLUSH = 10_000;

  /** The widest column, in characters. */
  private static final int MAX_WIDTH = 80;

  private static final JsonFactory JSON = new JsonFactory();

  private ReportWriters() {}

  /** CSV: RFC 4180, CRLF; the header names the columns in English, as the JSON does. */
  public static void csv(PeriodReport report, Iterator<ReportCell> cells, Writer out) throws IOException {
    out.write("from,to,stichtag,table,level,region,category,value\r\n");
    String prefix = report.from() + "," + report.to() + "," + report.stichtag() + ",";
    while (cells.hasNext()) {
      ReportCell c = cells.next();
      out.write(prefix);
      out.write(c.table().wireName());
      out.write(',');
      out.write(c.level().wireName());
      out.write(',');
      out.write(csvField(c.region()));
      out.write(',');
      out.write(c.category());
      out.write(',');
      out.write(c.value().toPlainString());
      out.write("\r\n");
    }
    out.flush();
  }

  static String csvField(String s) {
    boolean quote = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\r' || ch == '\n') {
        quote = true;
        break;
      }
    }
    // a leading =, +, - or @ would be a formula in a spreadsheet: quoted with a leading apostrophe
    String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return quote || safe != s ? '"' + safe.replace("\"", "\"\"") + '"' : s;
  }

  /** JSON: one object, the cells streamed. */
  public static void json(PeriodReport report, Iterator<ReportCell> cells, Writer out) throws IOException {
    CellKeyPerturbation p = report.perturbation();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), new NonClosingWriter(out))) {
      g.writeStartObject();
      g.writeStringProperty("from", report.from().toString());
      g.writeStringProperty("to", report.to().toString());
      g.writeStringProperty("stichtag", report.stichtag().toString());
      g.writeName("protection");
      g.writeStartObject();
      g.writeStringProperty("method", "cell-key");
      g.writeNumberProperty("maxNoise", p.maxNoise());
      g.writeNumberProperty("variance", p.variance());
      g.writeNumberProperty("blockedUpTo", p.blockedUpTo());
      g.writeEndObject();
      g.writeName("cells");
      g.writeStartArray();
      while (cells.hasNext()) {
        ReportCell c = cells.next();
        g.writeStartObject();
        g.writeStringProperty("table", c.table().wireName());
        g.writeStringProperty("level", c.level().wireName());
        g.writeStringProperty("region", c.region());
        g.writeStringProperty("category", c.category());
        g.writeName("value");
        g.writeNumber(c.value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static final String[] HEADERS = {
    "Ebene / Level", "Gebiet oder Träger / Region or provider", "Kategorie / Category",
    "Bezeichnung deutsch / Label (de)", "Bezeichnung englisch / Label (en)", "Wert / Value"};

  /** The workbook: an info sheet, then one sheet per table that has cells. */
  public static void xlsx(PeriodReport report, Iterator<ReportCell> cells, OutputStream out) throws IOException {
    Workbook wb = new Workbook(new NonClosingOutputStream(out), "integrationsplan", "1.0");
    info(wb, report);
    Sheet sheet = null;
    while (cells.hasNext()) {
      ReportCell c = cells.next();
      if (sheet == null || sheet.table != c.table()) {
        if (sheet != null) {
          sheet.finish();
        }
        sheet = new Sheet(wb.newWorksheet(c.table().sheetName()), c.table());
      }
      sheet.add(c);
    }
    if (sheet != null) {
      sheet.finish();
    }
    wb.finish();
    out.flush();
  }

  private static void info(Workbook wb, PeriodReport report) throws IOException {
    Worksheet ws = wb.newWorksheet("Info");
    CellKeyPerturbation p = report.perturbation();
    String[][] rows = {
      {"Angabe / Item", "Wert / Value"},
      {"Bericht / Report", "Integrationsmanagement: Bericht für das Land / Period report for the Land"},
      {"Zeitraum von / Period from", report.from().toString()},
      {"Zeitraum bis / Period to", report.to().toString()},
      {"Stichtag", report.stichtag().toString()},
      {"Geheimhaltung / Protection",
        "Cell-Key-Methode (stochastische Überlagerung) wie im Zensus 2022 / cell-key method as in the 2022 census"},
      {"Maximale Abweichung / Maximum noise", Integer.toString(p.maxNoise())},
      {"Varianz der Überlagerung / Noise variance", Double.toString(p.variance())},
      {"Nie ausgewiesene Werte / Values never published", "1 bis / to " + p.blockedUpTo()},
      {"Hinweis", "Werte sind leicht verändert; Summen der Teile weichen von den Gesamtwerten ab. Nicht aufgeführte Zellen sind 0."},
      {"Note", "Values are slightly perturbed; parts do not add up to totals. Cells not listed are 0."},
    };
    int[] width = new int[2];
    for (int r = 0; r < rows.length; r++) {
      for (int col = 0; col < 2; col++) {
        ws.value(r, col, rows[r][col]);
        width[col] = Math.max(width[col], rows[r][col].length());
      }
    }
    ws.style(0, 0).bold().set();
    ws.style(0, 1).bold().set();
    for (int col = 0; col < 2; col++) {
      ws.width(col, Math.min(MAX_WIDTH, width[col] + 2));
    }
    ws.freezePane(0, 1);
    ws.finish();
  }

  /** One table's sheet: the first rows held to fit the widths, the rest streamed. */
  private static final class Sheet {
    private final Worksheet ws;
    private final ReportTable table;
    private final List<Object[]> held = new ArrayList<>();
    private final int[] width = new int[HEADERS.length];
    private int row = 1;
    private boolean flushed;

    Sheet(Worksheet ws, ReportTable table) {
      this.ws = ws;
      this.table = table;
      for (int col = 0; col < HEADERS.length; col++) {
        width[col] = HEADERS[col].length();
      }
    }

    void add(ReportCell c) throws IOException {
      String wire = table.wireName();
      Object[] values = {
        c.level().label(Locale.GERMAN) + " / " + c.level().label(Locale.ENGLISH),
        c.region(), c.category(),
        Labels.of(wire, c.category(), Locale.GERMAN), Labels.of(wire, c.category(), Locale.ENGLISH),
        c.value()};
      if (flushed) {
        write(row, values);
        if (row % ROWS_BEFORE_FLUSH == 0) {
          ws.flush();
        }
      } else {
        held.add(values);
        for (int col = 0; col < values.length - 1; col++) {
          width[col] = Math.max(width[col], values[col].toString().length());
        }
        width[values.length - 1] = Math.max(width[values.length - 1], c.value().toPlainString().length());
        if (held.size() >= ROWS_BEFORE_FLUSH) {
          writeHeld();
          ws.flush();
        }
      }
      row++;
    }

    private void write(int r, Object[] values) {
      for (int col = 0; col < values.length - 1; col++) {
        ws.value(r, col, (String) values[col]);
      }
      ws.value(r, values.length - 1, (Number) values[values.length - 1]);
    }

    private void writeHeld() {
      for (int col = 0; col < HEADERS.length; col++) {
        ws.value(0, col, HEADERS[col]);
        ws.style(0, col).bold().set();
        ws.width(col, Math.min(MAX_WIDTH, width[col] + 2));
      }
      ws.freezePane(0, 1);
      int r = 1;
      for (Object[] values : held) {
        write(r++, values);
      }
      held.clear();
      flushed = true;
    }

    void finish() throws IOException {
      if (!flushed) {
        writeHeld();
      }
      ws.finish();
    }
  }

  /** Keeps the caller's writer open when the generator closes. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Keeps the caller's stream open when the workbook closes. */
  private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
    NonClosingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
