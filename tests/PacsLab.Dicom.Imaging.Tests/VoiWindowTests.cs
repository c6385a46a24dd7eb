namespace PacsLab.Dicom.Imaging.Tests;

public class VoiWindowTests
{
    // c = 1000.5, w = 401: c - 0.5 - (w-1)/2 = 800 and c - 0.5 + (w-1)/2 = 1200 (PS3.3 C.11.2.1.2.1).
    private static readonly VoiWindow Window = new(1000.5, 401, VoiLutFunction.Linear);

    [Theory]
    [InlineData(800)]
    [InlineData(799.9)]
    [InlineData(-5000)]
    public void Linear_AtOrBelowLowerEdge_IsBlack(double x) => Assert.Equal(0, Window.Apply(x));

    [Theory]
    [InlineData(1200)]
    [InlineData(1200.1)]
    [InlineData(9000)]
    public void Linear_AtOrAboveUpperEdge_IsWhite(double x) => Assert.Equal(255, Window.Apply(x));

    [Fact]
    public void Linear_Centre_MapsTo128() => Assert.Equal(128, Window.Apply(1000));

    [Fact]
    public void Linear_JustAboveLowerEdge_FollowsTheFormula()
    {
        // ((801 - 1000) / 400 + 0.5) * 255 = 0.6375 -> 1; ((1199 - 1000) / 400 + 0.5) * 255 = 254.36 -> 254
        Assert.Equal(1, Window.Apply(801));
        Assert.Equal(254, Window.Apply(1199));
    }

    [Fact]
    public void Linear_WidthOne_IsAThreshold()
    {
        var window = new VoiWindow(100, 1, VoiLutFunction.Linear);
        Assert.Equal(0, window.Apply(99.5));
        Assert.Equal(255, window.Apply(99.6));
    }

    [Fact]
    public void LinearExact_EdgesAreCPlusMinusHalfWidth()
    {
        var window = new VoiWindow(100, 200, VoiLutFunction.LinearExact);
        Assert.Equal(0, window.Apply(0));
        Assert.Equal(255, window.Apply(200.01));
        Assert.Equal(128, window.Apply(100)); // 127.5 rounds up
        Assert.Equal(64, window.Apply(50)); // 63.75
    }

    [Fact]
    public void Sigmoid_IsSymmetricAroundTheCentre()
    {
        var window = new VoiWindow(0, 100, VoiLutFunction.Sigmoid);
        Assert.Equal(128, window.Apply(0));
        Assert.Equal(225, window.Apply(50)); // 255 / (1 + e^-2) = 224.6
        Assert.Equal(30, window.Apply(-50)); // 255 / (1 + e^2) = 30.4
    }

    [Theory]
    [InlineData(VoiLutFunction.Linear, 0.5, false)]
    [InlineData(VoiLutFunction.Linear, 1, true)]
    [InlineData(VoiLutFunction.LinearExact, 0.5, true)]
    [InlineData(VoiLutFunction.Sigmoid, 0, false)]
    public void IsValid_FollowsTheWidthRuleOfEachFunction(VoiLutFunction function, double width, bool valid) =>
        Assert.Equal(valid, new VoiWindow(40, width, function).IsValid);

    [Fact]
    public void FromRange_MapsLowestToBlackAndHighestToWhite()
    {
        var window = VoiWindow.FromRange(-1024, 3071);
        Assert.Equal(0, window.Apply(-1024));
        Assert.Equal(255, window.Apply(3071));
        Assert.Equal(0, window.Apply(-1016)); // ((-1016 - 1023.5) / 4095 + 0.5) * 255 = 0.498
        Assert.Equal(1, window.Apply(-1015)); // 0.560
    }
}
