Attribute VB_Name = "ItaFunctions"
' Worksheet functions of ita-analyzer: the same answers as the program, for sheets built by hand.
'   =ITA_TOTAL(iit, eit, oit)                       total of the three tools: scores or indicator ranges
'   =ITA_TOOL_SCORE(scores...)                      a tool score from its indicator scores
'   =ITA_LEVEL(total, fiscal_year, [iit], [eit], [oit])   the level of a total in that year
'   =ITA_POINTS_TO(target, total)                   points still needed to reach a target
'   =ITA_THAI_DIGITS(text), =ITA_ARABIC_DIGITS(text)
'   =ITA_FISCAL_YEAR(date)                          Buddhist-era fiscal year of a date
' Scores are read as the decimals Excel shows (15 significant digits) and computed exactly, rounded
' half up to 2 decimals as the ITA publishes them. Bad arguments give #VALUE! (not a number) or
' #NUM! (a number out of range), never a message box.
Option Explicit

' ita.analysis.Scoring divides a mean to 10 decimals before rounding it to 2
Private Const MEAN_DECIMALS As Long = 10

' BEGIN GENERATED FROM ita/framework - do not edit; MacroSourceTest prints the current lines
' tool weights IIT;EIT;OIT, the same in every fiscal year with ten indicators
Private Const TOOL_WEIGHTS As String = "0.30;0.30;0.40"
' decimals of published scores, rounded half up
Private Const SCORE_DECIMALS As Long = 2

' level schemes, each "first fiscal year|label,min total,min each tool;...", best level first;
' a scheme applies until the next one starts; Thai labels written as \uXXXX
Private Function LevelSchemes() As Variant
    LevelSchemes = Array( _
        "2561|AA,95,;A,85,;B,75,;C,65,;D,55,;E,50,;F,0,", _
        "2567|\u0E1C\u0E48\u0E32\u0E19\u0E14\u0E35\u0E40\u0E22\u0E35\u0E48\u0E22\u0E21,95,95;\u0E1C\u0E48\u0E32\u0E19\u0E14\u0E35,85,85;\u0E1C\u0E48\u0E32\u0E19,85,;\u0E15\u0E49\u0E2D\u0E07\u0E1B\u0E23\u0E31\u0E1A\u0E1B\u0E23\u0E38\u0E07,70,;\u0E15\u0E49\u0E2D\u0E07\u0E1B\u0E23\u0E31\u0E1A\u0E1B\u0E23\u0E38\u0E07\u0E42\u0E14\u0E22\u0E14\u0E48\u0E27\u0E19,0,")
End Function
' END GENERATED

' The total: IIT x 0.30 + EIT x 0.30 + OIT x 0.40, rounded once at the end. Each tool is its
' score (99.80, 78.57, 49.60 -> 73.351 -> 73.35) or the range of its indicator scores, whose mean
' enters unrounded as in the published totals: =ITA_TOTAL(B2:B6, B7:B9, B10:B11) takes the OIT
' mean 49.605 as it is, not as 49.61.
Public Function ITA_TOTAL(iit As Variant, eit As Variant, oit As Variant) As Variant
    Dim sums(1 To 3) As String, counts(1 To 3) As Long, e As Variant, weights As Variant
    Dim common As Long, i As Long, numerator As String
    On Error GoTo Failed
    For i = 1 To 3
        sums(i) = "0"
    Next i
    e = AddScores(iit, sums(1), counts(1))
    If IsEmpty(e) Then e = AddScores(eit, sums(2), counts(2))
    If IsEmpty(e) Then e = AddScores(oit, sums(3), counts(3))
    If IsEmpty(e) Then
        If counts(1) = 0 Or counts(2) = 0 Or counts(3) = 0 Then e = CVErr(ERR_VALUE)
    End If
    If Not IsEmpty(e) Then
        ITA_TOTAL = e
        Exit Function
    End If
    ' weight x sum x (common / count) over the tools, divided once by the common multiple of the
    ' counts: the exact total, rounded half up in one step as ita.analysis.Scoring does
    common = 1
    For i = 1 To 3
        common = LeastCommonMultiple(common, counts(i))
    Next i
    weights = Split(TOOL_WEIGHTS, ";")
    numerator = "0"
    For i = 1 To 3
        numerator = ItaDecAdd(numerator, ItaDecMultiply(ItaDecMultiply(sums(i), weights(i - 1)), CStr(common \ counts(i))))
    Next i
    ITA_TOTAL = ItaDecToDouble(ItaDecDivideHalfUp(numerator, common, SCORE_DECIMALS))
    Exit Function
Failed:
    ITA_TOTAL = CVErr(ERR_VALUE)
End Function

' A tool score: the mean of its indicator scores, rounded to 2 decimals. Takes ranges, arrays and
' numbers; every cell must hold a score, as the program gives no tool score when one is missing.
Public Function ITA_TOOL_SCORE(ParamArray scores() As Variant) As Variant
    Dim i As Long, sum As String, count As Long, e As Variant
    On Error GoTo Failed
    sum = "0"
    For i = LBound(scores) To UBound(scores)
        e = AddScores(scores(i), sum, count)
        If Not IsEmpty(e) Then
            ITA_TOOL_SCORE = e
            Exit Function
        End If
    Next i
    If count = 0 Then
        ITA_TOOL_SCORE = CVErr(ERR_VALUE)
        Exit Function
    End If
    ITA_TOOL_SCORE = ItaDecToDouble(ItaDecRoundHalfUp(ItaDecDivideHalfUp(sum, count, MEAN_DECIMALS), SCORE_DECIMALS))
    Exit Function
Failed:
    ITA_TOOL_SCORE = CVErr(ERR_VALUE)
End Function

' The level of a total in a fiscal year (Buddhist era; a Gregorian year is converted). The tool
' scores are used by the levels that need every tool above a mark (2567 on); when any of the three
' is left out or empty, those levels are skipped, as the program does.
Public Function ITA_LEVEL(total As Variant, fiscal_year As Variant, Optional iit As Variant, _
        Optional eit As Variant, Optional oit As Variant) As Variant
    Dim t As String, tools(1 To 3) As String, given As Long, e As Variant, fy As Long
    On Error GoTo Failed
    e = ItaScoreArg(total, t)
    If Not IsEmpty(e) Then
        ITA_LEVEL = e
        Exit Function
    End If
    e = YearArg(fiscal_year, fy)
    If Not IsEmpty(e) Then
        ITA_LEVEL = e
        Exit Function
    End If
    ' IsMissing is asked here: LibreOffice does not pass "missing" on to another procedure
    If Not IsMissing(iit) Then e = OptionalScore(iit, tools(1), given)
    If IsEmpty(e) And Not IsMissing(eit) Then e = OptionalScore(eit, tools(2), given)
    If IsEmpty(e) And Not IsMissing(oit) Then e = OptionalScore(oit, tools(3), given)
    If Not IsEmpty(e) Then
        ITA_LEVEL = e
        Exit Function
    End If
    ITA_LEVEL = LevelOf(SchemeOf(fy), t, tools, given = 3)
    Exit Function
Failed:
    ITA_LEVEL = CVErr(ERR_VALUE)
End Function

' Points still needed to reach a target (0 once reached), to 2 decimals.
Public Function ITA_POINTS_TO(target As Variant, total As Variant) As Variant
    Dim goal As String, t As String, e As Variant
    On Error GoTo Failed
    e = ItaScoreArg(target, goal)
    If IsEmpty(e) Then e = ItaScoreArg(total, t)
    If Not IsEmpty(e) Then
        ITA_POINTS_TO = e
        Exit Function
    End If
    If ItaDecCompare(t, goal) >= 0 Then
        ITA_POINTS_TO = 0
    Else
        ITA_POINTS_TO = ItaDecToDouble(ItaDecRoundHalfUp(ItaDecSubtract(goal, t), SCORE_DECIMALS))
    End If
    Exit Function
Failed:
    ITA_POINTS_TO = CVErr(ERR_VALUE)
End Function

' 0-9 written as Thai digits; a number is written first as Excel shows it ("73.35").
Public Function ITA_THAI_DIGITS(text As Variant) As Variant
    Dim s As Variant
    On Error GoTo Failed
    s = TextArg(text)
    If IsError(s) Then
        ITA_THAI_DIGITS = s
    Else
        ITA_THAI_DIGITS = ItaThaiDigits(s)
    End If
    Exit Function
Failed:
    ITA_THAI_DIGITS = CVErr(ERR_VALUE)
End Function

' Thai digits written as 0-9; the result is text (wrap it in VALUE() for a number).
Public Function ITA_ARABIC_DIGITS(text As Variant) As Variant
    Dim s As Variant
    On Error GoTo Failed
    s = TextArg(text)
    If IsError(s) Then
        ITA_ARABIC_DIGITS = s
    Else
        ITA_ARABIC_DIGITS = ItaArabicDigits(s)
    End If
    Exit Function
Failed:
    ITA_ARABIC_DIGITS = CVErr(ERR_VALUE)
End Function

' The Buddhist-era fiscal year of a date: 1 October starts the next one (2024-10-01 -> 2568).
' Takes a date, a date serial number, or a text yyyy-mm-dd (a year from 2400 is Buddhist era).
Public Function ITA_FISCAL_YEAR(date_value As Variant) As Variant
    Dim v As Variant, y As Long, m As Long, d As Date
    On Error GoTo Failed
    v = ItaArgValue(date_value)
    If IsError(v) Then
        ITA_FISCAL_YEAR = v
        Exit Function
    End If
    Select Case VarType(v)
        Case vbDate
            d = v
            y = Year(d)
            m = Month(d)
        Case vbInteger, vbLong, vbSingle, vbDouble, vbCurrency, vbDecimal
            ' 1 = 1900-01-01 and 2958465 = 9999-12-31 in Excel's serial numbers
            If v < 1 Or v >= 2958466 Then
                ITA_FISCAL_YEAR = CVErr(ERR_NUM)
                Exit Function
            End If
            d = DateSerial(1899, 12, 30) + Int(CDbl(v))
            y = Year(d)
            m = Month(d)
        Case vbString
            If Not ParseIsoDate(CStr(v), y, m) Then
                ITA_FISCAL_YEAR = CVErr(ERR_VALUE)
                Exit Function
            End If
        Case Else
            ITA_FISCAL_YEAR = CVErr(ERR_VALUE)
            Exit Function
    End Select
    If m >= 10 Then y = y + 1
    ITA_FISCAL_YEAR = y + 543
    Exit Function
Failed:
    ITA_FISCAL_YEAR = CVErr(ERR_VALUE)
End Function

' ---- arguments and rules -------------------------------------------------------------------------

' Adds every score in v (a range, an array or one value) to sum and count; Empty, or the error to return.
Private Function AddScores(ByVal v As Variant, ByRef sum As String, ByRef count As Long) As Variant
    Dim item As Variant, dec As String, e As Variant, source As Object, values As Variant
    If IsObject(v) Then
        Set source = v
        values = source.Value
    Else
        values = v
    End If
    If IsArray(values) Then
        For Each item In values
            e = AddScores(item, sum, count)
            If Not IsEmpty(e) Then
                AddScores = e
                Exit Function
            End If
        Next item
        AddScores = Empty
        Exit Function
    End If
    e = ItaScoreArg(values, dec)
    If Not IsEmpty(e) Then
        AddScores = e
        Exit Function
    End If
    sum = ItaDecAdd(sum, dec)
    count = count + 1
    AddScores = Empty
End Function

' The least common multiple of two counts of scores.
Private Function LeastCommonMultiple(ByVal a As Long, ByVal b As Long) As Long
    Dim x As Long, y As Long, t As Long
    x = a
    y = b
    Do While y <> 0
        t = x Mod y
        x = y
        y = t
    Loop
    LeastCommonMultiple = (a \ x) * b
End Function

' A tool score that may be left empty: an empty cell or text counts as not given.
Private Function OptionalScore(v As Variant, ByRef dec As String, ByRef given As Long) As Variant
    Dim arg As Variant
    OptionalScore = Empty
    arg = ItaArgValue(v)
    If IsEmpty(arg) Then Exit Function
    If VarType(arg) = vbString Then
        If Trim$(arg) = "" Then Exit Function
    End If
    OptionalScore = ItaScoreArg(arg, dec)
    If IsEmpty(OptionalScore) Then given = given + 1
End Function

' A fiscal year as Buddhist era: 2400-2700 as written, 1900-2200 read as Gregorian; else #NUM!.
Private Function YearArg(v As Variant, ByRef fy As Long) As Variant
    Dim dec As String, e As Variant
    e = ItaNumberArg(v, dec)
    If Not IsEmpty(e) Then
        YearArg = e
        Exit Function
    End If
    If InStr(1, dec, ".") > 0 Or Left$(dec, 1) = "-" Or Len(dec) > 4 Then
        YearArg = CVErr(ERR_NUM)
        Exit Function
    End If
    fy = CLng(dec)
    If fy >= 1900 And fy <= 2200 Then fy = fy + 543
    If fy < 2400 Or fy > 2700 Then
        YearArg = CVErr(ERR_NUM)
    Else
        YearArg = Empty
    End If
End Function

' The level rules that apply in a year: the newest scheme starting on or before it, else the oldest.
Private Function SchemeOf(ByVal fy As Long) As String
    Dim schemes As Variant, i As Long, parts As Variant
    schemes = LevelSchemes()
    SchemeOf = schemes(LBound(schemes))
    For i = LBound(schemes) To UBound(schemes)
        parts = Split(schemes(i), "|")
        If CLng(parts(0)) <= fy Then SchemeOf = schemes(i)
    Next i
End Function

' The first rule, best first, whose minimum total is reached and, when it has one, whose minimum
' for each tool is reached by all three tools (skipped when they are not all given).
Private Function LevelOf(ByVal scheme As String, ByVal total As String, tools() As String, ByVal allTools As Boolean) As String
    Dim parts As Variant, rules As Variant, rule As Variant, i As Long, k As Long, ok As Boolean
    parts = Split(scheme, "|")
    rules = Split(parts(1), ";")
    For i = LBound(rules) To UBound(rules)
        rule = Split(rules(i), ",")
        ok = ItaDecCompare(total, rule(1)) >= 0
        If ok And rule(2) <> "" Then
            If allTools Then
                For k = 1 To 3
                    If ItaDecCompare(tools(k), rule(2)) < 0 Then ok = False
                Next k
            Else
                ok = False
            End If
        End If
        If ok Then
            LevelOf = ItaText(rule(0))
            Exit Function
        End If
    Next i
    rule = Split(rules(UBound(rules)), ",")
    LevelOf = ItaText(rule(0))
End Function

' Text of an argument for the digit functions: text as is, a number as Excel shows it, empty as "".
Private Function TextArg(v As Variant) As Variant
    Dim arg As Variant
    arg = ItaArgValue(v)
    If IsError(arg) Then
        TextArg = arg
        Exit Function
    End If
    Select Case VarType(arg)
        Case vbEmpty
            TextArg = ""
        Case vbString
            TextArg = arg
        Case vbInteger, vbLong, vbSingle, vbDouble, vbCurrency, vbDecimal, vbByte, 20
            TextArg = ItaDecFromNumber(arg)
        Case Else
            TextArg = CVErr(ERR_VALUE)
    End Select
End Function

' yyyy-mm-dd (Thai digits allowed; a year from 2400 is Buddhist era) into a Gregorian year and month.
Private Function ParseIsoDate(ByVal s As String, ByRef y As Long, ByRef m As Long) As Boolean
    Dim parts As Variant, d As Long, i As Long, j As Long
    parts = Split(Trim$(ItaArabicDigits(s)), "-")
    ParseIsoDate = False
    If UBound(parts) <> 2 Then Exit Function
    If Len(parts(0)) <> 4 Or Len(parts(1)) < 1 Or Len(parts(1)) > 2 Or Len(parts(2)) < 1 Or Len(parts(2)) > 2 Then Exit Function
    For i = 0 To 2
        For j = 1 To Len(parts(i))
            If Mid$(parts(i), j, 1) < "0" Or Mid$(parts(i), j, 1) > "9" Then Exit Function
        Next j
    Next i
    y = CLng(parts(0))
    m = CLng(parts(1))
    d = CLng(parts(2))
    If y >= 2400 Then y = y - 543
    If y < 1900 Or m < 1 Or m > 12 Or d < 1 Then Exit Function
    If d > DaysInMonth(y, m) Then Exit Function
    ParseIsoDate = True
End Function

Private Function DaysInMonth(ByVal y As Long, ByVal m As Long) As Long
    Select Case m
        Case 4, 6, 9, 11
            DaysInMonth = 30
        Case 2
            If (y Mod 4 = 0 And y Mod 100 <> 0) Or y Mod 400 = 0 Then DaysInMonth = 29 Else DaysInMonth = 28
        Case Else
            DaysInMonth = 31
    End Select
End Function
