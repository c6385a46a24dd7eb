using System.Globalization;
using PacsLab.Department.Catalog;

namespace PacsLab.Department.Synthesis;

/// <summary>Patients made up from a seed for when a run asks for more patients than the catalog holds.</summary>
internal static class SyntheticPatients
{
    private static readonly string[] FamilyNames =
    [
        "ANDERSEN", "BAKER", "CHEN", "DIALLO", "EVANS", "FERREIRA", "GONZALEZ", "HANSEN", "IVANOVA", "JOHANSSON",
        "KIM", "LAURENT", "MORETTI", "NGUYEN", "OLSEN", "PETROV", "QUISPE", "ROSSI", "SATO", "THOMPSON",
    ];

    private static readonly string[] GivenNamesFemale = ["AMELIA", "BEATRIZ", "CLARA", "DARIA", "ELIF", "FATIMA", "GRACE", "HANA"];
    private static readonly string[] GivenNamesMale = ["ADAM", "BRUNO", "CARLOS", "DAVID", "EMIL", "FELIX", "GABRIEL", "HUGO"];

    /// <summary>The <paramref name="index"/>-th synthetic patient (0-based) of a seed; always the same for the same two numbers.</summary>
    public static CatalogPatient Make(int seed, int index)
    {
        var random = SeededRandom.For(seed, 7001, index);
        var female = random.NextDouble() < 0.5;
        var given = female ? GivenNamesFemale[random.NextInt(0, GivenNamesFemale.Length)] : GivenNamesMale[random.NextInt(0, GivenNamesMale.Length)];
        var family = FamilyNames[random.NextInt(0, FamilyNames.Length)];
        var born = new DateOnly(1940, 1, 1).AddDays(random.NextInt(0, 75 * 365));
        var id = "SY" + ((uint)seed % 1000).ToString("D3", CultureInfo.InvariantCulture) + (index + 1).ToString("D5", CultureInfo.InvariantCulture);
        return new CatalogPatient(id, $"{family}^{given}", born, female ? "F" : "M");
    }
}
