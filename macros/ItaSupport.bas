Attribute VB_Name = "ItaSupport"
' Shared by the ita-analyzer modules: exact decimal arithmetic, argument checks and Thai text.
'
' Why exact decimals: Double cannot hold 73.351 or 84.995, so Round() on a Double can land on the
' wrong side of a .xx5 boundary, and VBA's Round() rounds half to even anyway. The Decimal type
' (CDec) would do in Excel, but LibreOffice implements it only on Windows and the functions are
' tested there too. So a decimal is held here as a String of digits with an optional point
' ("73.351", "0.3", "100"), never negative, never in exponent form, and the arithmetic is done
' digit by digit, as java.math.BigDecimal does it.
Option Explicit
Option Private Module

Public Const ERR_VALUE As Long = 2015   ' xlErrValue, shown as #VALUE!
Public Const ERR_NUM As Long = 2036     ' xlErrNum, shown as #NUM!

' ---- arguments -----------------------------------------------------------------------------------

' The value of an argument: a one-cell Range gives its value; other values are returned unchanged.
Public Function ItaArgValue(ByVal v As Variant) As Variant
    Dim source As Object
    If IsObject(v) Then
        ' through an Object variable: LibreOffice reads a Variant used with a dot as an object
        ' even where it holds a number, and the call then fails
        Set source = v
        If source Is Nothing Then
            ItaArgValue = Empty
        ElseIf source.Count <> 1 Then
            ItaArgValue = CVErr(ERR_VALUE)
        Else
            ItaArgValue = source.Value
        End If
    Else
        ItaArgValue = v
    End If
End Function

' Reads a score 0-100 into dec. Returns Empty when it is one, otherwise the error value to return:
' the argument's own error, #VALUE! for something that is not a number, #NUM! when outside 0-100.
Public Function ItaScoreArg(ByVal v As Variant, ByRef dec As String) As Variant
    Dim e As Variant
    e = ItaNumberArg(v, dec)
    If Not IsEmpty(e) Then
        ItaScoreArg = e
    ElseIf Left$(dec, 1) = "-" Or ItaDecCompare(dec, "100") > 0 Then
        ItaScoreArg = CVErr(ERR_NUM)
    Else
        ItaScoreArg = Empty
    End If
End Function

' Reads a number (or a text holding a plain decimal, Thai digits allowed) into dec, signed.
' Returns Empty when it is one, otherwise the error value to return.
Public Function ItaNumberArg(ByVal v As Variant, ByRef dec As String) As Variant
    Dim arg As Variant
    ' a new variable: assigning to a Variant that holds a Range would set the Range's value
    arg = ItaArgValue(v)
    If IsError(arg) Then
        ItaNumberArg = arg
        Exit Function
    End If
    Select Case VarType(arg)
        Case vbInteger, vbLong, vbSingle, vbDouble, vbCurrency, vbDecimal, vbByte, 20
            dec = ItaDecFromNumber(arg)
        Case vbString
            dec = ItaDecFromText(CStr(arg))
        Case Else
            dec = ""
    End Select
    If dec = "" Then
        ItaNumberArg = CVErr(ERR_VALUE)
    Else
        ItaNumberArg = Empty
    End If
End Function

' ---- conversions ---------------------------------------------------------------------------------

' A number as a canonical decimal string: the 15 significant digits Excel shows, no exponent,
' no trailing zeros ("-0.5", "73.351", "100"). "" when it cannot be read.
Public Function ItaDecFromNumber(ByVal v As Variant) As String
    Dim s As String, mantissa As String, digits As String, ePos As Long, i As Long, c As String
    Dim exponent As Long, fracDigits As Long, seenPoint As Boolean, negative As Boolean
    ' CStr gives the 15 significant digits Excel shows; its decimal separator follows the locale
    s = UCase$(Trim$(CStr(v)))
    If Left$(s, 1) = "-" Then
        negative = True
        s = Mid$(s, 2)
    End If
    ePos = InStr(1, s, "E")
    If ePos > 0 Then
        exponent = CLng(Val(Mid$(s, ePos + 1)))
        mantissa = Left$(s, ePos - 1)
    Else
        mantissa = s
    End If
    For i = 1 To Len(mantissa)
        c = Mid$(mantissa, i, 1)
        If c >= "0" And c <= "9" Then
            digits = digits & c
            If seenPoint Then fracDigits = fracDigits + 1
        ElseIf (c = "." Or c = ",") And Not seenPoint Then
            seenPoint = True
        Else
            ItaDecFromNumber = ""
            Exit Function
        End If
    Next i
    If digits = "" Then
        ItaDecFromNumber = ""
        Exit Function
    End If
    ItaDecFromNumber = ItaDecCanonical(ItaDecShift(digits, exponent - fracDigits))
    If negative And ItaDecFromNumber <> "0" Then ItaDecFromNumber = "-" & ItaDecFromNumber
End Function

' A text holding a plain decimal ("84.995", " 73.35 ", Thai digits), as a canonical decimal; "" otherwise.
Public Function ItaDecFromText(ByVal s As String) As String
    Dim i As Long, c As String, points As Long, digitCount As Long, body As String, negative As Boolean
    s = Trim$(ItaArabicDigits(s))
    If Left$(s, 1) = "-" Then
        negative = True
        s = Mid$(s, 2)
    End If
    For i = 1 To Len(s)
        c = Mid$(s, i, 1)
        If c >= "0" And c <= "9" Then
            digitCount = digitCount + 1
        ElseIf c = "." Then
            points = points + 1
        Else
            ItaDecFromText = ""
            Exit Function
        End If
    Next i
    If digitCount = 0 Or points > 1 Then
        ItaDecFromText = ""
        Exit Function
    End If
    body = ItaDecCanonical(s)
    If negative And body <> "0" Then body = "-" & body
    ItaDecFromText = body
End Function

' digits (no point) times 10^power, as a decimal string.
Private Function ItaDecShift(ByVal digits As String, ByVal power As Long) As String
    If power >= 0 Then
        ItaDecShift = digits & String$(power, "0")
    ElseIf -power >= Len(digits) Then
        ItaDecShift = "0." & String$(-power - Len(digits), "0") & digits
    Else
        ItaDecShift = Left$(digits, Len(digits) + power) & "." & Right$(digits, -power)
    End If
End Function

' A decimal without leading zeros in the integer part or trailing zeros in the fraction.
Public Function ItaDecCanonical(ByVal dec As String) As String
    Dim whole As String, frac As String
    ItaDecSplit dec, whole, frac
    Do While Len(frac) > 0 And Right$(frac, 1) = "0"
        frac = Left$(frac, Len(frac) - 1)
    Loop
    whole = ItaIntTrim(whole)
    If frac = "" Then
        ItaDecCanonical = whole
    Else
        ItaDecCanonical = whole & "." & frac
    End If
End Function

' The Double nearest to a decimal (Val reads "." whatever the locale).
Public Function ItaDecToDouble(ByVal dec As String) As Double
    ItaDecToDouble = Val(dec)
End Function

' ---- arithmetic on non-negative decimals ---------------------------------------------------------

Public Function ItaDecAdd(ByVal a As String, ByVal b As String) As String
    Dim ia As String, ib As String, scale As Long
    ItaDecAlign a, b, ia, ib, scale
    ItaDecAdd = ItaDecFromInt(ItaIntAdd(ia, ib), scale)
End Function

' a - b for a >= b.
Public Function ItaDecSubtract(ByVal a As String, ByVal b As String) As String
    Dim ia As String, ib As String, scale As Long
    ItaDecAlign a, b, ia, ib, scale
    ItaDecSubtract = ItaDecFromInt(ItaIntSubtract(ia, ib), scale)
End Function

Public Function ItaDecMultiply(ByVal a As String, ByVal b As String) As String
    Dim wa As String, fa As String, wb As String, fb As String
    ItaDecSplit a, wa, fa
    ItaDecSplit b, wb, fb
    ItaDecMultiply = ItaDecFromInt(ItaIntMultiply(wa & fa, wb & fb), Len(fa) + Len(fb))
End Function

' -1, 0 or 1 as a < b, a = b, a > b.
Public Function ItaDecCompare(ByVal a As String, ByVal b As String) As Long
    Dim ia As String, ib As String, scale As Long
    ItaDecAlign a, b, ia, ib, scale
    ItaDecCompare = ItaIntCompare(ia, ib)
End Function

' a rounded half up to the given number of decimals (as BigDecimal.setScale(places, HALF_UP)).
Public Function ItaDecRoundHalfUp(ByVal a As String, ByVal places As Long) As String
    Dim whole As String, frac As String, kept As String, result As String
    ItaDecSplit a, whole, frac
    If Len(frac) <= places Then
        ItaDecRoundHalfUp = ItaDecFromInt(whole & frac & String$(places - Len(frac), "0"), places)
        Exit Function
    End If
    kept = whole & Left$(frac, places)
    If Mid$(frac, places + 1, 1) >= "5" Then kept = ItaIntAdd(kept, "1")
    ItaDecRoundHalfUp = ItaDecFromInt(kept, places)
End Function

' a / n rounded half up to the given number of decimals (as BigDecimal.divide(n, places, HALF_UP)).
Public Function ItaDecDivideHalfUp(ByVal a As String, ByVal n As Long, ByVal places As Long) As String
    Dim whole As String, frac As String, unscaled As String, q As String, remainder As Long
    ItaDecSplit a, whole, frac
    ' one guard digit beyond the wanted decimals; digits dropped below it only lower the quotient,
    ' and a floor of a floor is the floor, so the guard digit is exact
    If Len(frac) <= places + 1 Then
        unscaled = whole & frac & String$(places + 1 - Len(frac), "0")
    Else
        unscaled = whole & Left$(frac, places + 1)
    End If
    q = ItaIntDivide(unscaled, n, remainder)
    ItaDecDivideHalfUp = ItaDecRoundHalfUp(ItaDecFromInt(q, places + 1), places)
End Function

' ---- digit strings -------------------------------------------------------------------------------

Private Sub ItaDecSplit(ByVal dec As String, ByRef whole As String, ByRef frac As String)
    Dim p As Long
    p = InStr(1, dec, ".")
    If p = 0 Then
        whole = dec
        frac = ""
    Else
        whole = Left$(dec, p - 1)
        frac = Mid$(dec, p + 1)
    End If
    If whole = "" Then whole = "0"
End Sub

' Both decimals as integers of the same scale.
Private Sub ItaDecAlign(ByVal a As String, ByVal b As String, ByRef ia As String, ByRef ib As String, ByRef scale As Long)
    Dim wa As String, fa As String, wb As String, fb As String
    ItaDecSplit a, wa, fa
    ItaDecSplit b, wb, fb
    scale = Len(fa)
    If Len(fb) > scale Then scale = Len(fb)
    ia = wa & fa & String$(scale - Len(fa), "0")
    ib = wb & fb & String$(scale - Len(fb), "0")
End Sub

Private Function ItaDecFromInt(ByVal digits As String, ByVal scale As Long) As String
    If scale = 0 Then
        ItaDecFromInt = ItaIntTrim(digits)
        Exit Function
    End If
    If Len(digits) <= scale Then digits = String$(scale - Len(digits) + 1, "0") & digits
    ItaDecFromInt = ItaIntTrim(Left$(digits, Len(digits) - scale)) & "." & Right$(digits, scale)
End Function

Private Function ItaIntTrim(ByVal digits As String) As String
    Do While Len(digits) > 1 And Left$(digits, 1) = "0"
        digits = Mid$(digits, 2)
    Loop
    If digits = "" Then digits = "0"
    ItaIntTrim = digits
End Function

Private Function ItaIntCompare(ByVal a As String, ByVal b As String) As Long
    a = ItaIntTrim(a)
    b = ItaIntTrim(b)
    If Len(a) <> Len(b) Then
        ItaIntCompare = IIf(Len(a) < Len(b), -1, 1)
    ElseIf a = b Then
        ItaIntCompare = 0
    Else
        ItaIntCompare = IIf(StrComp(a, b, vbBinaryCompare) < 0, -1, 1)
    End If
End Function

Private Function ItaIntAdd(ByVal a As String, ByVal b As String) As String
    Dim i As Long, carry As Long, d As Long, result As String, n As Long
    n = Len(a)
    If Len(b) > n Then n = Len(b)
    a = String$(n - Len(a), "0") & a
    b = String$(n - Len(b), "0") & b
    result = String$(n, "0")
    For i = n To 1 Step -1
        d = CLng(Mid$(a, i, 1)) + CLng(Mid$(b, i, 1)) + carry
        carry = d \ 10
        Mid$(result, i, 1) = CStr(d Mod 10)
    Next i
    If carry > 0 Then result = CStr(carry) & result
    ItaIntAdd = ItaIntTrim(result)
End Function

' a - b for a >= b.
Private Function ItaIntSubtract(ByVal a As String, ByVal b As String) As String
    Dim i As Long, borrow As Long, d As Long, result As String, n As Long
    n = Len(a)
    If Len(b) > n Then n = Len(b)
    a = String$(n - Len(a), "0") & a
    b = String$(n - Len(b), "0") & b
    result = String$(n, "0")
    For i = n To 1 Step -1
        d = CLng(Mid$(a, i, 1)) - CLng(Mid$(b, i, 1)) - borrow
        If d < 0 Then
            d = d + 10
            borrow = 1
        Else
            borrow = 0
        End If
        Mid$(result, i, 1) = CStr(d)
    Next i
    ItaIntSubtract = ItaIntTrim(result)
End Function

Private Function ItaIntMultiply(ByVal a As String, ByVal b As String) As String
    Dim i As Long, j As Long, la As Long, lb As Long, k As Long, s As String
    Dim acc() As Long
    la = Len(a)
    lb = Len(b)
    ReDim acc(1 To la + lb)
    For i = la To 1 Step -1
        For j = lb To 1 Step -1
            acc(i + j) = acc(i + j) + CLng(Mid$(a, i, 1)) * CLng(Mid$(b, j, 1))
        Next j
    Next i
    For k = la + lb To 2 Step -1
        acc(k - 1) = acc(k - 1) + acc(k) \ 10
        acc(k) = acc(k) Mod 10
    Next k
    For k = 1 To la + lb
        s = s & CStr(acc(k))
    Next k
    ItaIntMultiply = ItaIntTrim(s)
End Function

' a \ n by long division, with the remainder.
Private Function ItaIntDivide(ByVal a As String, ByVal n As Long, ByRef remainder As Long) As String
    Dim i As Long, r As Long, result As String
    For i = 1 To Len(a)
        r = r * 10 + CLng(Mid$(a, i, 1))
        result = result & CStr(r \ n)
        r = r Mod n
    Next i
    remainder = r
    ItaIntDivide = ItaIntTrim(result)
End Function

' ---- text ----------------------------------------------------------------------------------------

' Thai digits (U+0E50..U+0E59) to 0-9; everything else unchanged.
Public Function ItaArabicDigits(ByVal s As String) As String
    Dim i As Long, code As Long
    For i = 1 To Len(s)
        code = AscW(Mid$(s, i, 1))
        If code >= &HE50 And code <= &HE59 Then Mid$(s, i, 1) = ChrW(code - &HE50 + 48)
    Next i
    ItaArabicDigits = s
End Function

' 0-9 to Thai digits; everything else unchanged.
Public Function ItaThaiDigits(ByVal s As String) As String
    Dim i As Long, code As Long
    For i = 1 To Len(s)
        code = AscW(Mid$(s, i, 1))
        If code >= 48 And code <= 57 Then Mid$(s, i, 1) = ChrW(code - 48 + &HE50)
    Next i
    ItaThaiDigits = s
End Function

' Text written with \uXXXX escapes (and \n for a line break), decoded with ChrW. The module files stay plain ASCII, so
' the Thai survives any code page the VBA editor imports them with.
Public Function ItaText(ByVal escaped As String) As String
    Dim i As Long, out As String, code As Long, k As Long, h As Long
    i = 1
    Do While i <= Len(escaped)
        If Mid$(escaped, i, 2) = "\n" Then
            out = out & vbLf
            i = i + 2
        ElseIf Mid$(escaped, i, 2) = "\u" And i + 5 <= Len(escaped) Then
            code = 0
            For k = 2 To 5
                h = InStr(1, "0123456789ABCDEF", UCase$(Mid$(escaped, i + k, 1))) - 1
                code = code * 16 + h
            Next k
            out = out & ChrW(code)
            i = i + 6
        Else
            out = out & Mid$(escaped, i, 1)
            i = i + 1
        End If
    Loop
    ItaText = out
End Function
