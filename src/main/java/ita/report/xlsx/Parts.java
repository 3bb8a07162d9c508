package ita.report.xlsx;

/** Namespaces, content types and relationship types of the package parts (of workbooks and of documents alike). */
public final class Parts {

    public static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    public static final String NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    public static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    public static final String TYPE = "application/vnd.openxmlformats-officedocument.";

    private Parts() {
    }

    /** A relationships part: pairs of type (after {@link #REL}) and target. */
    public static String rels(String... typeAndTarget) {
        StringBuilder sb = new StringBuilder(512).append(XML_HEAD).append("<Relationships xmlns=\"").append(NS_RELS)
                .append("\">");
        for (int i = 0; i < typeAndTarget.length; i += 2) {
            String type = typeAndTarget[i];
            sb.append("<Relationship Id=\"rId").append(i / 2 + 1).append("\" Type=\"")
                    .append(type.startsWith("http") ? type : REL + type).append("\" Target=\"")
                    .append(typeAndTarget[i + 1]).append("\"/>");
        }
        return sb.append("</Relationships>").toString();
    }
}
