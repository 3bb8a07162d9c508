package ita.model;

/** The three assessment tools of the ITA since fiscal year 2562. */
public enum Tool {
    IIT("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "Internal Integrity and Transparency Assessment"),
    EIT("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "External Integrity and Transparency Assessment"),
    OIT("แบบวัดการเปิดเผยข้อมูลสาธารณะ", "Open Data Integrity and Transparency Assessment");

    private final String thaiName;
    private final String englishName;

    Tool(String thaiName, String englishName) {
        this.thaiName = thaiName;
        this.englishName = englishName;
    }

    public String thaiName() {
        return thaiName;
    }

    public String englishName() {
        return englishName;
    }
}
