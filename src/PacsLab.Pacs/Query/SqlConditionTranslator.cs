using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Dicom.Query;

namespace PacsLab.Pacs.Query;

/// <summary>
/// Turns a matching condition on an indexed column into a SQL predicate that selects a superset of the matches;
/// the in-memory matcher then decides exactly. Values always travel as parameters, and LIKE patterns escape their
/// metacharacters, so a key holding ', %, _ or [ matches literally. Returns null when a condition is not worth
/// translating (it is then matched in memory only). SQLite's LIKE ignores ASCII case, which is what makes the
/// case-insensitive person-name match a superset; a server database would need ILIKE here.
/// </summary>
internal static class SqlConditionTranslator
{
    private const string Escape = "\\";

    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(string));

    public static Expression<Func<TRow, bool>>? Translate<TRow>(QueryCondition condition, IndexedKey<TRow> key)
    {
        if (!key.InSql) return null;
        var body = Body(condition, key.Column.Body, key.VR);
        return body is null ? null : Expression.Lambda<Func<TRow, bool>>(body, key.Column.Parameters);
    }

    private static Expression? Body(QueryCondition condition, Expression column, DicomVR vr) => condition switch
    {
        UniversalMatch => null,
        EmptyValueMatch => Expression.Equal(column, Parameter("")),
        UidListMatch list => Expression.Call(Contains, Parameter(list.Uids.ToList()), column),
        SingleValueMatch single when vr == DicomVR.PN => PersonNameLike(column, single.Value, isPattern: false),
        SingleValueMatch single when vr == DicomVR.DA || vr == DicomVR.TM || vr == DicomVR.DT || vr == DicomVR.IS || vr == DicomVR.DS => null,
        SingleValueMatch { IgnoreCase: false } single => Expression.Equal(column, Parameter(single.Value)),
        WildcardMatch wildcard when vr == DicomVR.PN => PersonNameLike(column, wildcard.Pattern, isPattern: true),
        WildcardMatch wildcard when IsAscii(wildcard.Pattern) => LikeCall(column, LikePattern(wildcard.Pattern, isPattern: true)),
        RangeMatch range when vr == DicomVR.DA => DateRange(column, range),
        MultipleValueMatch multiple => AnyOf(multiple.Alternatives.Select(a => Body(a, column, vr)).ToList()),
        _ => null,
    };

    /// <summary>
    /// Person names are matched on the alphabetic group, ignoring case and trailing carets; in SQL a prefix LIKE
    /// on the stored value (which may go on with ideographic groups) is a superset of that.
    /// </summary>
    private static Expression? PersonNameLike(Expression column, string value, bool isPattern)
    {
        var key = value.TrimEnd(' ', '^');
        if (!IsAscii(key) || key.Contains('=')) return null;
        return LikeCall(column, LikePattern(key, isPattern) + "%");
    }

    private static Expression? DateRange(Expression column, RangeMatch range)
    {
        if (range.Lower is { } lower && !IsCompactDate(lower)) return null;
        if (range.Upper is { } upper && !IsCompactDate(upper)) return null;
        Expression test = Expression.NotEqual(column, Parameter(""));
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        if (range.Lower is { } from)
            test = Expression.AndAlso(test, Expression.GreaterThanOrEqual(Expression.Call(compare, column, Parameter(from)), Expression.Constant(0)));
        if (range.Upper is { } to)
            test = Expression.AndAlso(test, Expression.LessThanOrEqual(Expression.Call(compare, column, Parameter(to)), Expression.Constant(0)));
        return test;
    }

    private static Expression? AnyOf(List<Expression?> alternatives) =>
        alternatives.Count == 0 || alternatives.Any(a => a is null) ? null : alternatives.Aggregate((a, b) => Expression.OrElse(a!, b!));

    private static Expression LikeCall(Expression column, string pattern) =>
        Expression.Call(Like, Expression.Constant(EF.Functions), column, Parameter(pattern), Expression.Constant(Escape));

    /// <summary>A DICOM value or wildcard pattern as a LIKE pattern: % and _ and the escape character escaped, * and ? translated.</summary>
    internal static string LikePattern(string value, bool isPattern)
    {
        var pattern = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '%' or '_' or '\\':
                    pattern.Append('\\').Append(c);
                    break;
                case '*' when isPattern:
                    pattern.Append('%');
                    break;
                case '?' when isPattern:
                    pattern.Append('_');
                    break;
                default:
                    pattern.Append(c);
                    break;
            }
        }
        return pattern.ToString();
    }

    /// <summary>A closure-like member access, which EF Core sends as a SQL parameter rather than inlining.</summary>
    private static Expression Parameter<T>(T value) => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    private static bool IsAscii(string text) => text.All(char.IsAscii);

    private static bool IsCompactDate(string text) => text.Length == 8 && text.All(char.IsAsciiDigit);

    private sealed record Box<T>(T Value);
}
