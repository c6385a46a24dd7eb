namespace PacsLab.Dicom.Tests.Validation;

public class DicomValueMultiplicityTests
{
    [Theory]
    [InlineData("1", 1, 1, 1)]
    [InlineData("3", 3, 3, 1)]
    [InlineData("1-3", 1, 3, 1)]
    [InlineData("1-99", 1, 99, 1)]
    [InlineData("1-n", 1, null, 1)]
    [InlineData("6-n", 6, null, 1)]
    [InlineData("2-2n", 2, null, 2)]
    [InlineData("3-3n", 3, null, 3)]
    [InlineData(" 1-n ", 1, null, 1)]
    public void Parse_Dictionary_Form_GivesBoundsAndStep(string text, int min, int? max, int step)
    {
        var vm = DicomValueMultiplicity.Parse(text);

        Assert.Equal(new DicomValueMultiplicity(min, max, step), vm);
        Assert.Equal(text.Trim(), vm.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("n")]
    [InlineData("1-")]
    [InlineData("3-1")]
    [InlineData("1-0n")]
    [InlineData("one")]
    [InlineData("1 or 2")]
    public void TryParse_NotAMultiplicity_ReturnsFalse(string text)
    {
        Assert.False(DicomValueMultiplicity.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DicomValueMultiplicity.Parse(text));
    }

    [Theory]
    [InlineData("1", 1, true)]
    [InlineData("1", 2, false)]
    [InlineData("1-3", 3, true)]
    [InlineData("1-3", 4, false)]
    [InlineData("1-n", 500, true)]
    [InlineData("2-n", 1, false)]
    [InlineData("2-2n", 2, true)]
    [InlineData("2-2n", 4, true)]
    [InlineData("2-2n", 3, false)]
    [InlineData("3-3n", 9, true)]
    [InlineData("3-3n", 8, false)]
    public void Allows_Count_FollowsTheMultiplicity(string text, int count, bool allowed)
    {
        Assert.Equal(allowed, DicomValueMultiplicity.Parse(text).Allows(count));
    }

    [Theory]
    [InlineData("1", "exactly 1 value")]
    [InlineData("16", "exactly 16 values")]
    [InlineData("1-3", "1 to 3 values")]
    [InlineData("2-n", "at least 2 values")]
    [InlineData("2-2n", "2, 4, 6 ... values (a multiple of 2)")]
    public void Describe_SaysItInWords(string text, string expected)
    {
        Assert.Equal(expected, DicomValueMultiplicity.Parse(text).Describe());
    }
}
