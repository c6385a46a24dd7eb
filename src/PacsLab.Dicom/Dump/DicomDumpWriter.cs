using System.Globalization;

namespace PacsLab.Dicom;

/// <summary>
/// Writes the dump lines of one data set. Lengths are those the writer would encode in the given syntax; sequences
/// and items of undefined length show "u/l" and are closed by delimitation lines, as dcmdump shows them.
/// </summary>
internal sealed class DicomDumpWriter
{
    // dcmdump pads the value column to 40 characters before the "# length, VM keyword" comment.
    private const int ValueColumnWidth = 40;

    private readonly TextWriter _output;
    private readonly DicomEncoding _encoding;
    private readonly DicomDumpOptions _options;

    public DicomDumpWriter(TextWriter output, DicomTransferSyntax syntax, DicomDumpOptions options)
    {
        _output = output;
        _encoding = DicomEncoding.For(syntax, DicomWriteOptions.Default);
        _options = options;
    }

    public void WriteDataset(DicomDataset dataset, int depth)
    {
        foreach (var item in dataset)
        {
            switch (item)
            {
                case DicomElement element:
                    var value = DicomDumpValue.Render(dataset, element, _options.MaxValueWidth);
                    WriteLine(depth, element.Tag, element.VR.Code, value.Text,
                        Bytes(DicomEncoding.PaddedLength(element.Length)), value.Multiplicity, DicomDumpNames.Keyword(element.Tag));
                    break;
                case DicomSequence sequence:
                    WriteSequence(sequence, depth);
                    break;
                case DicomFragmentSequence fragments:
                    WriteFragments(fragments, depth);
                    break;
            }
        }
    }

    private void WriteSequence(DicomSequence sequence, int depth)
    {
        var undefined = _encoding.UndefinedLength(sequence);
        var length = undefined ? UndefinedLength : Bytes(DicomLengthCalculator.ValueLength(sequence, _encoding, includeDelimiter: false));
        WriteLine(depth, sequence.Tag, "SQ", $"(Sequence with {Form(undefined)} length #={sequence.Items.Count})", length, 1,
            DicomDumpNames.Keyword(sequence.Tag));
        foreach (var item in sequence.Items)
        {
            var itemUndefined = _encoding.UndefinedLength(item);
            var itemLength = itemUndefined ? UndefinedLength : Bytes(DicomLengthCalculator.DatasetLength(item, _encoding));
            WriteLine(depth + 1, DicomTags.Item, "na", $"(Item with {Form(itemUndefined)} length #={item.Count})", itemLength, 1, "Item");
            WriteDataset(item, depth + 2);
            if (itemUndefined) WriteLine(depth + 1, DicomTags.ItemDelimitationItem, "na", "(ItemDelimitationItem)", Bytes(0), 0, "ItemDelimitationItem");
        }
        if (undefined) WriteSequenceDelimiter(depth);
    }

    /// <summary>Encapsulated pixel data (PS3.5 A.4): the offset table item, then one item per fragment.</summary>
    private void WriteFragments(DicomFragmentSequence fragments, int depth)
    {
        WriteLine(depth, fragments.Tag, fragments.VR.Code, $"(PixelSequence #={fragments.Fragments.Count + 1})", UndefinedLength, 1,
            DicomDumpNames.Keyword(fragments.Tag));
        WriteFragment(fragments.OffsetTable, depth + 1);
        foreach (var fragment in fragments.Fragments) WriteFragment(fragment, depth + 1);
        WriteSequenceDelimiter(depth);
    }

    private void WriteFragment(ReadOnlyMemory<byte> bytes, int depth) =>
        WriteLine(depth, DicomTags.Item, "pi", DicomDumpValue.RenderBytes(bytes.Span, _options.MaxValueWidth),
            Bytes(DicomEncoding.PaddedLength(bytes.Length)), 1, "Item");

    private void WriteSequenceDelimiter(int depth) =>
        WriteLine(depth, DicomTags.SequenceDelimitationItem, "na", "(SequenceDelimitationItem)", Bytes(0), 0, "SequenceDelimitationItem");

    private void WriteLine(int depth, DicomTag tag, string vr, string value, string length, int multiplicity, string keyword)
    {
        _output.Write(new string(' ', depth * 2));
        _output.Write(DicomDumpNames.Tag(tag));
        _output.Write(' ');
        _output.Write(vr);
        _output.Write(' ');
        _output.Write(value.PadRight(ValueColumnWidth));
        _output.Write(" # ");
        _output.Write(length.PadLeft(3));
        _output.Write(',');
        _output.Write(multiplicity.ToString(CultureInfo.InvariantCulture).PadLeft(2));
        _output.Write(' ');
        _output.WriteLine(keyword);
    }

    private const string UndefinedLength = "u/l";

    private static string Bytes(long length) => length.ToString(CultureInfo.InvariantCulture);

    private static string Form(bool undefined) => undefined ? "undefined" : "explicit";
}
