using System.Linq.Expressions;

namespace PacsLab.Pacs.Query;

/// <summary>Rewrites an expression so that a lambda parameter is replaced by another expression.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
}
