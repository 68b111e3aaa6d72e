def handler(event, context):
    return "rotated"
